package org.paperfeed.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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

    /** The entry as a paper, or empty (logged) when it has no title to show. */
    static Optional<Paper> toPaper(XmlElement entry, List<String> leadingCategories, ParseContext context) {
        String title = text(entry.child("title"));
        if (title.isEmpty()) {
            LOG.warn("{}: skipped an Atom entry without a title (id {})", context.origin(), entry.childText("id"));
            return Optional.empty();
        }
        String abstractText = text(entry.child("summary"));
        if (abstractText.isEmpty()) {
            abstractText = text(entry.child("content"));
        }
        PaperId id = arxivId(entry).orElseGet(() -> PaperId.fromTitle(title));
        return Optional.of(new Paper(id, title, abstractText, authors(entry), published(entry), context.sourceName(),
                links(entry, id), null, categories(entry, leadingCategories), List.of(),
                id.isArxiv() ? ArxivVersion.extras(version(entry)) : PaperExtras.NONE));
    }

    /** The version in the entry's id ({@code http://arxiv.org/abs/2403.05555v2}), else in its links. */
    private static String version(XmlElement entry) {
        String version = ArxivVersion.in(entry.childText("id"));
        for (XmlElement link : entry.children("link")) {
            if (version != null) {
                break;
            }
            version = ArxivVersion.in(link.attribute("href"));
        }
        return version;
    }

    /** An Atom text construct: {@code type="html"} is unescaped markup, {@code xhtml} is inline elements. */
    static String text(Optional<XmlElement> element) {
        if (element.isEmpty()) {
            return "";
        }
        XmlElement e = element.get();
        switch (e.attribute("type").toLowerCase(Locale.ROOT)) {
            case "html":
                return CleanText.fromHtml(e.text());
            case "xhtml":
                return CleanText.normalize(e.deepText());
            default:
                return CleanText.normalize(e.text());
        }
    }

    private static Optional<PaperId> arxivId(XmlElement entry) {
        Optional<PaperId> fromId = PaperId.findArxivIn(entry.childText("id"));
        if (fromId.isPresent()) {
            return fromId;
        }
        return entry.children("link").stream()
                .map(l -> PaperId.findArxivIn(l.attribute("href")))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static List<String> authors(XmlElement entry) {
        return entry.children("author").stream()
                .map(a -> CleanText.normalize(a.childText("name")))
                .filter(name -> !name.isEmpty())
                .toList();
    }

    private static LocalDate published(XmlElement entry) {
        LocalDate published = Dates.parse(entry.childText("published"));
        return published != null ? published : Dates.parse(entry.childText("updated"));
    }

    private static List<String> categories(XmlElement entry, List<String> leading) {
        Set<String> all = new LinkedHashSet<>(leading);
        for (XmlElement category : entry.children("category")) {
            String term = CleanText.normalize(category.attribute("term"));
            all.add(term.isEmpty() ? CleanText.normalize(category.attribute("label")) : term);
        }
        all.remove("");
        return new ArrayList<>(all);
    }

    private static List<PaperLink> links(XmlElement entry, PaperId id) {
        Set<PaperLink> links = new LinkedHashSet<>(ArxivLinks.of(id));
        for (XmlElement link : entry.children("link")) {
            Optional<String> url = ArxivLinks.webUrl(link.attribute("href"));
            if (url.isEmpty() || id.isArxiv() && ArxivLinks.isArxivPage(url.get())) {
                continue;
            }
            links.add(new PaperLink(linkType(link, links), url.get()));
        }
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
