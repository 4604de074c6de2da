package org.paperfeed.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.paperfeed.ingest.PageLines.PageDate;
import org.paperfeed.model.Listing;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A plain-text copy of a paper page or e-mail digest: titles, each followed by its abstract paragraph, with whatever
 * page furniture the copy picked up in between.
 *
 * <p>An abstract is recognised by itself (a long paragraph of sentences) and its title is the nearest short line
 * above it that is not furniture. Pairing on the abstract rather than on line positions is what lets the same parser
 * read a clean page and a noisy select-all paste. An arXiv link among the lines since the previous abstract gives the
 * paper its arXiv id; links inside an abstract are ignored, since abstracts cite other papers.
 *
 * <p>The page's first date line is the day it lists its papers on, in the page's order; a date printed later, inside
 * a paper's card, is that paper's own date ({@code published}).
 */
final class TextPageParser extends GuardedParser {

    private static final Logger LOG = LoggerFactory.getLogger(TextPageParser.class);

    @Override
    public DigestFormat format() {
        return DigestFormat.TEXT_PAGE;
    }

    /**
     * The papers, each listed on the page's date (its first date line; the file's day when it has none) at its place
     * on the page. A date without a year is the latest such day up to {@code context.today()}, and the digest says
     * which year that assumed, and how many abstracts it skipped for want of a title above them.
     */
    @Override
    Digest readDigest(byte[] content, ParseContext context) throws DigestParseException {
        String[] lines = TextDecoder.decode(content).split("\r\n|\r|\n", -1);
        List<Paper> papers = new ArrayList<>();
        String title = null;
        PaperId linkedId = null;
        String linkedVersion = null;
        PageDate pageDate = null;
        PageDate listedOn = null;
        int untitled = 0;
        for (int number = 1; number <= lines.length; number++) {
            String line = CleanText.normalize(lines[number - 1]);
            if (line.isEmpty()) {
                continue;
            }
            if (PageLines.isNoise(line)) {
                pageDate = PageLines.date(line, context.today()).orElse(pageDate);
                listedOn = listedOn == null ? pageDate : listedOn;
                if (linkedId == null) {
                    linkedId = PaperId.findArxivIn(line).orElse(null);
                    linkedVersion = linkedId == null ? null : ArxivVersion.in(line);
                }
            } else if (PageLines.isAbstract(line)) {
                if (title == null) {
                    // Not a warning: the import's summary counts it ("1 line skipped"), and the CLI's stderr is for
                    // the one failure line. Logged below the level the product shows.
                    untitled++;
                    LOG.info("{}: line {} reads like an abstract but has no title above it; skipped",
                            context.origin(), number);
                } else {
                    PaperId id = linkedId != null ? linkedId : PaperId.fromTitle(title);
                    papers.add(new Paper(id, title, line, List.of(), pageDate == null ? null : pageDate.day(),
                            context.sourceName(), ArxivLinks.of(id), null, List.of(), List.of(),
                            ArxivVersion.extras(linkedId != null ? linkedVersion : null)));
                }
                title = null;
                linkedId = null;
                linkedVersion = null;
            } else if (PageLines.isTitle(line)) {
                title = line;
            }
        }
        if (papers.isEmpty()) {
            throw new DigestParseException(context.origin(),
                    "no papers found: expected titles each followed by an abstract paragraph");
        }
        LocalDate day = listedOn != null ? listedOn.day() : context.today();
        List<Paper> listed = new ArrayList<>(papers.size());
        for (Paper paper : papers) {
            listed.add(paper.withListings(List.of(
                    Listing.daily(context.sourceName(), day, listed.size() + 1, null, null))));
        }
        return new Digest(format(), listed, listedOn != null && listedOn.yearAssumed() ? day.getYear() : null,
                untitled, 0);
    }
}
