package org.paperfeed.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paperfeed.model.GithubRepo;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperExtras;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperLink;
import org.paperfeed.model.PrintableText;

/**
 * The last step of every parse, before the library sees a paper: printable text only, a title and an abstract as
 * one line of text ({@link CleanText#normalize}, also from a backup edited by hand), links only to the web ({@link
 * ArxivLinks#webUrl}: a backup's {@code javascript:} or {@code file:} link, code repository or project page is dropped
 * as a feed's is), and no value the index cannot hold. Lucene refuses a whole document (and with it the whole commit)
 * when one keyword term is over 32,766 bytes, so one hostile record would otherwise stop an import, and in a snapshot
 * stop it again on every resume.
 *
 * <p>A title over {@link #MAX_TITLE_CHARS} characters (real ones stay under 400) or an id over
 * {@link #MAX_KEYWORD_CHARS} makes the record not a paper: it is skipped and counted. An over-long keyword value
 * (an author, a category, an AI keyword, the organisation, the source name) is dropped on its own and counted as
 * trimmed; the rest of the paper is kept. A paper always names a source, so one whose own is dropped or blank once
 * cleaned (a backup edited by hand) takes the importing digest's, as a backup entry without a source does. At
 * {@value #MAX_KEYWORD_CHARS} characters, at most three UTF-8 bytes each, every keyword term stays far below Lucene's
 * limit by construction. One instance counts one digest; not thread-safe.
 */
public final class PaperLimits {

    /** Titles longer than this are not titles. */
    public static final int MAX_TITLE_CHARS = 2_000;
    /** Authors, categories, keywords, source names and ids longer than this are not what they claim to be. */
    public static final int MAX_KEYWORD_CHARS = 1_000;

    private final String fallbackSource;
    private int skipped;
    private int trimmed;

    /**
     * @param fallbackSource the source of a paper whose own is no name (dropped as too long, or blank once cleaned):
     *                       the importing digest's ({@link ParseContext#sourceName()})
     */
    public PaperLimits(String fallbackSource) {
        this.fallbackSource = fallbackSource;
    }

    /**
     * False when the record is not a paper: no title once cleaned, a title over {@link #MAX_TITLE_CHARS} characters, or
     * an id over {@link #MAX_KEYWORD_CHARS} or with a control character. A backup's parser asks too, so that the marks
     * on such an entry are counted as an entry skipped, not as marks on a paper the library does not hold.
     */
    public static boolean isPaper(Paper paper) {
        String title = CleanText.normalize(paper.title());
        return !title.isEmpty() && title.length() <= MAX_TITLE_CHARS
                && paper.id().value().length() <= MAX_KEYWORD_CHARS && PrintableText.isClean(paper.id().value());
    }

    /** The paper as the library may hold it, or empty when the record is not a paper. */
    public Optional<Paper> check(Paper paper) {
        if (!isPaper(paper)) {
            skipped++;
            return Optional.empty();
        }
        String title = CleanText.normalize(paper.title());
        String source = keyword(paper.source());
        if (source == null || source.isBlank()) {
            source = fallbackSource;
        }
        PaperExtras extras = paper.extras();
        PaperExtras checkedExtras = new PaperExtras(keyword(extras.version()), webRepo(extras.github()),
                extras.projectPage() == null ? null : ArxivLinks.webUrl(extras.projectPage()).orElse(null),
                PrintableText.clean(extras.aiSummary()), keywords(extras.aiKeywords()), keyword(extras.organization()));
        Paper checked = new Paper(paper.id(), title, CleanText.normalize(paper.abstractText()),
                keywords(paper.authors()), paper.published(), source, webLinks(paper.links()), paper.upvotes(),
                keywords(paper.categories()), paper.listings(), checkedExtras.equals(PaperExtras.NONE)
                        ? PaperExtras.NONE : checkedExtras, paper.doi());
        return Optional.of(checked.equals(paper) ? paper : checked);
    }

    /** The code repository the reading pane links to, when its address is a web page's; else none. */
    private static GithubRepo webRepo(GithubRepo repo) {
        if (repo == null) {
            return null;
        }
        return ArxivLinks.webUrl(repo.url()).map(url -> url.equals(repo.url()) ? repo
                : new GithubRepo(url, repo.stars())).orElse(null);
    }

    /** Every paper that passes {@link #check}, in order. */
    public List<Paper> checkAll(List<Paper> papers) {
        List<Paper> kept = new ArrayList<>(papers.size());
        for (Paper paper : papers) {
            check(paper).ifPresent(kept::add);
        }
        return kept;
    }

    /** Records skipped so far because they were not papers. */
    public int skipped() {
        return skipped;
    }

    /** Values dropped so far because they were too long to be what they claimed. */
    public int trimmed() {
        return trimmed;
    }

    private String keyword(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = PrintableText.line(value);
        if (cleaned.length() > MAX_KEYWORD_CHARS) {
            trimmed++;
            return null;
        }
        return cleaned;
    }

    /** The links to web pages, the scheme in lower case; the same list when every link already is one so spelled. */
    private static List<PaperLink> webLinks(List<PaperLink> links) {
        List<PaperLink> kept = new ArrayList<>(links.size());
        boolean changed = false;
        for (PaperLink link : links) {
            Optional<String> url = ArxivLinks.webUrl(link.url());
            if (url.isEmpty()) {
                changed = true;
            } else if (url.get().equals(link.url())) {
                kept.add(link);
            } else {
                kept.add(new PaperLink(link.type(), url.get()));
                changed = true;
            }
        }
        return changed ? kept : links;
    }

    private List<String> keywords(List<String> values) {
        List<String> kept = new ArrayList<>(values.size());
        for (String value : values) {
            String checked = keyword(value);
            if (checked != null && !checked.isBlank()) {
                kept.add(checked);
            }
        }
        return kept.size() == values.size() && kept.equals(values) ? values : kept;
    }
}
