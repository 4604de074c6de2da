package org.paperfeed.ingest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.paperfeed.model.Doi;
import org.paperfeed.model.LinkType;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperExtras;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An Atom {@code <entry>} as a paper: shared by the arXiv API and generic Atom parsers, which differ around it. */
final class AtomEntries {

    private static final Logger LOG = LoggerFactory.getLogger(AtomEntries.class);

    private AtomEntries() {
    }

    /** The document element, checked to be an Atom {@code <feed>} even when the caller forced the format. */
    static XmlElement feed(byte[] content, ParseContext context, DigestFormat format) throws DigestParseException {
        XmlElement root = SafeXml.parse(content, context.origin());
        if (!root.name().equals("feed")) {
            throw new DigestParseException(context.origin(), "not " + GuardedParser.describe(format)
                    + ": XML root <" + root.name() + "> is not an Atom <feed>");
        }
        return root;
    }

    /**
     * The entry as a paper, or empty when it has no title to show: the parser counts it in {@link Digest#skipped()}
     * for the import's summary.
     */
    static Optional<Paper> toPaper(XmlElement entry, List<String> leadingCategories, ParseContext context) {
        String title = text(entry.ownChild("title"));
        if (title.isEmpty()) {
            // Not a warning: the import's summary counts it ("1 line skipped"), and the CLI's stderr is for the one
            // failure line. Logged below the level the product shows, for a run with a debugging configuration.
            LOG.info("{}: skipped an Atom entry without a title (id {})", context.origin(), entry.ownText("id"));
            return Optional.empty();
        }
        String abstractText = text(entry.ownChild("summary"));
        if (abstractText.isEmpty()) {
            abstractText = text(entry.ownChild("content"));
        }
        Optional<String> doi = doi(entry);
        PaperId id = arxivId(entry).or(() -> doi.map(PaperId::fromDoi)).orElseGet(() -> PaperId.fromTitle(title));
        return Optional.of(new Paper(id, title, abstractText, authors(entry), published(entry), context.sourceName(),
                links(entry, id, doi), null, categories(entry, leadingCategories), List.of(),
                id.isArxiv() ? ArxivVersion.extras(version(entry)) : PaperExtras.NONE, doi.orElse(null)));
    }

    /** The version in the entry's id ({@code http://arxiv.org/abs/2403.05555v2}), else in its links. */
    private static String version(XmlElement entry) {
        String version = ArxivVersion.in(entry.ownText("id"));
        for (XmlElement link : entry.own("link")) {
            if (version != null) {
                break;
            }
            version = ArxivVersion.in(link.attribute("href"));
        }
        return version;
    }

    /**
     * An Atom 1.0 or 0.3 text construct as the plain text a reader sees. Atom 0.3 {@code mode="base64"} is decoded
     * first; inline elements ({@code type="xhtml"}, 0.3's {@code mode="xml"}, naked markup) keep their visible words;
     * HTML ({@code type="html"}/{@code text/html}, or 0.3's {@code mode="escaped"} of anything but plain text) is
     * rendered to text; plain text ({@code type="text"}, {@code text/plain}) stays literal, tags and all.
     */
    static String text(Optional<XmlElement> element) {
        if (element.isEmpty()) {
            return "";
        }
        XmlElement e = element.get();
        String type = e.attribute("type").strip().toLowerCase(Locale.ROOT);
        String mode = e.attribute("mode").strip().toLowerCase(Locale.ROOT);
        if (mode.equals("base64")) {
            String decoded = base64(e.text());
            return isHtml(type) ? CleanText.htmlToText(decoded) : CleanText.normalize(decoded);
        }
        if (!e.children().isEmpty() && !mode.equals("escaped")) {
            return CleanText.normalize(e.visibleText());
        }
        boolean plain = type.equals("text") || type.equals("text/plain");
        if (isHtml(type) || mode.equals("escaped") && !plain) {
            return CleanText.htmlToText(e.deepText());
        }
        return CleanText.normalize(e.text());
    }

    private static boolean isHtml(String type) {
        return type.equals("html") || type.equals("text/html") || type.equals("xhtml")
                || type.equals("application/xhtml+xml");
    }

    /** Atom 0.3 base64 content as UTF-8 text; content that is not base64 after all is shown as it stands. */
    private static String base64(String encoded) {
        try {
            return new String(Base64.getMimeDecoder().decode(encoded.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return encoded;
        }
    }

    /**
     * The entry's DOI: from its metadata ({@code prism:doi}, {@code dc:identifier}, {@code arxiv:doi}), else its id
     * ({@code doi:10.…}, a doi.org address), else a doi.org link that is the entry itself (no {@code rel}, or
     * {@code alternate}) or says it is the DOI ({@code title="doi"}, as the arXiv API writes it). A related link to
     * another paper's DOI is not this paper's.
     */
    private static Optional<String> doi(XmlElement entry) {
        return FeedDois.declared(entry)
                .or(() -> FeedDois.ofId(entry.ownText("id")))
                .or(() -> entry.own("link").stream()
                        .filter(l -> l.attribute("title").equalsIgnoreCase("doi")
                                || l.attribute("rel").isEmpty() || l.attribute("rel").equals("alternate"))
                        .map(l -> FeedDois.ofId(l.attribute("href")))
                        .flatMap(Optional::stream)
                        .findFirst());
    }

    private static Optional<PaperId> arxivId(XmlElement entry) {
        Optional<PaperId> fromId = PaperId.findArxivIn(entry.ownText("id"));
        if (fromId.isPresent()) {
            return fromId;
        }
        return entry.own("link").stream()
                .map(l -> PaperId.findArxivIn(l.attribute("href")))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static List<String> authors(XmlElement entry) {
        return entry.own("author").stream()
                .map(a -> CleanText.normalize(a.ownText("name")))
                .filter(name -> !name.isEmpty())
                .toList();
    }

    private static LocalDate published(XmlElement entry) {
        LocalDate published = Dates.parse(entry.ownText("published"));
        return published != null ? published : Dates.parse(entry.ownText("updated"));
    }

    private static List<String> categories(XmlElement entry, List<String> leading) {
        Set<String> all = new LinkedHashSet<>(leading);
        for (XmlElement category : entry.own("category")) {
            String term = CleanText.normalize(category.attribute("term"));
            all.add(term.isEmpty() ? CleanText.normalize(category.attribute("label")) : term);
        }
        all.remove("");
        return new ArrayList<>(all);
    }

    private static List<PaperLink> links(XmlElement entry, PaperId id, Optional<String> doi) {
        Set<PaperLink> links = new LinkedHashSet<>(ArxivLinks.of(id));
        for (XmlElement link : entry.own("link")) {
            Optional<String> url = ArxivLinks.webUrl(link.attribute("href"));
            if (url.isEmpty() || id.isArxiv() && ArxivLinks.isArxivPage(url.get())) {
                continue;
            }
            links.add(new PaperLink(linkType(link, links), url.get()));
        }
        // The DOI as a link a reader can open, as RSS items get it, unless a link already is its doi.org address.
        boolean linked = links.stream().anyMatch(l -> Doi.inLink(l.url()).equals(doi.flatMap(Doi::parse)));
        doi.filter(d -> !linked).flatMap(d -> ArxivLinks.webUrl("https://doi.org/" + d))
                .ifPresent(url -> links.add(new PaperLink(LinkType.OTHER, url)));
        return new ArrayList<>(links);
    }

    private static LinkType linkType(XmlElement link, Set<PaperLink> soFar) {
        String rel = link.attribute("rel");
        if (link.attribute("type").equalsIgnoreCase("application/pdf")
                || link.attribute("title").equalsIgnoreCase("pdf")) {
            return LinkType.PDF;
        }
        boolean alternate = rel.isEmpty() || rel.equals("alternate");
        boolean hasAbstract = soFar.stream().anyMatch(l -> l.type() == LinkType.ABSTRACT);
        return alternate && !hasAbstract ? LinkType.ABSTRACT : LinkType.OTHER;
    }
}
