package org.paperfeed.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperfeed.model.Doi;
import org.paperfeed.model.LinkType;
import org.paperfeed.model.Listing;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperExtras;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RSS 2.0 (and RSS 1.0/RDF, whose items sit beside the channel): arXiv's listing feeds and journal feeds.
 *
 * <p>arXiv puts a header before the abstract ({@code arXiv:2403.01234v1 Announce Type: new Abstract: …}); it carries
 * the id and is not part of the abstract. Journal descriptions are HTML and are reduced to their words.
 */
final class RssParser extends GuardedParser {

    private static final Logger LOG = LoggerFactory.getLogger(RssParser.class);
    private static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    private static final String ARXIV_NS = "http://arxiv.org/schemas/atom";
    private static final String RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
    private static final Pattern ARXIV_HEADER = Pattern.compile(
            "^\\s*(arXiv:\\S{1,40})\\s+Announce Type:\\s*\\S{0,40}\\s*Abstract:", Pattern.CASE_INSENSITIVE);

    @Override
    public DigestFormat format() {
        return DigestFormat.RSS;
    }

    /** The feed's papers; an item without a title is not one, and is counted as skipped for the import's summary. */
    @Override
    Digest readDigest(byte[] content, ParseContext context) throws DigestParseException {
        XmlElement root = SafeXml.parse(content, context.origin());
        List<XmlElement> items;
        Optional<XmlElement> channel;
        if (root.name().equals("rss")) {
            channel = root.ownChild("channel");
            items = channel.map(c -> c.own("item")).orElse(List.of());
        } else if (root.name().equals("RDF")) {
            // RSS 1.0 and 0.90: channel and items sit beside each other in the RSS namespace, not in RDF's.
            channel = root.children("channel").stream().filter(c -> !c.namespace().equals(RDF_NS)).findFirst();
            items = root.children("item").stream().filter(i -> !i.namespace().equals(RDF_NS)).toList();
        } else {
            throw new DigestParseException(context.origin(),
                    "not an RSS feed: XML root <" + root.name() + "> is neither <rss> nor <rdf:RDF>");
        }
        LocalDate channelDay = channel.map(c -> Dates.parse(c.ownText("pubDate")))
                .or(() -> channel.map(c -> Dates.parse(c.ownText("lastBuildDate"))))
                .orElse(null);
        List<Paper> papers = new ArrayList<>();
        int untitled = 0;
        for (XmlElement item : items) {
            Optional<Paper> paper = toPaper(item, context);
            if (paper.isEmpty()) {
                untitled++;
                continue;
            }
            papers.add(paper.get().withListings(
                    List.of(listing(item, paper.get(), channelDay, context, papers.size() + 1))));
        }
        return new Digest(format(), papers, null, untitled, 0);
    }

    /**
     * arXiv's listing feeds (rss.arxiv.org) list each item on the day of its {@code pubDate}, read in the feed's own
     * offset ({@code Mon, 11 Mar 2024 00:00:00 -0400} is the 11th wherever the reader is); any other feed's items are
     * listed on the day PaperFeed first fetched them, so an old item fetched today never lands on a day already read.
     */
    private static Listing listing(XmlElement item, Paper paper, LocalDate channelDay, ParseContext context,
                                   int rank) {
        if (!isArxivListing(item)) {
            return Listing.firstFetched(context.sourceName(), context.today(), rank);
        }
        LocalDate day = Dates.parse(item.ownText("pubDate"));
        if (day == null) {
            day = channelDay != null ? channelDay : context.today();
        }
        return Listing.daily(context.sourceName(), day, rank, paper.upvotes(), null);
    }

    private static boolean isArxivListing(XmlElement item) {
        return item.child(ARXIV_NS, "announce_type").isPresent()
                || item.ownText("guid").strip().regionMatches(true, 0, "oai:arXiv.org:", 0, 14)
                || ARXIV_HEADER.matcher(item.ownText("description")).find();
    }

    /**
     * An RSS title as a reader sees it: escaped HTML reduced to its words (journals write {@code <i>}, {@code <sub>},
     * {@code <sup>}), and naked inline markup keeping the words of its elements instead of losing them.
     */
    private static String plainText(Optional<XmlElement> element) {
        if (element.isEmpty()) {
            return "";
        }
        XmlElement e = element.get();
        return e.children().isEmpty() ? CleanText.fromHtml(e.text()) : CleanText.normalize(e.visibleText());
    }

    private static Optional<Paper> toPaper(XmlElement item, ParseContext context) {
        // dc:title stands in for a missing RSS title; it never replaces one.
        String title = plainText(item.ownChild("title").or(() -> item.child(DC_NS, "title")));
        if (title.isEmpty()) {
            // Not a warning: the import's summary counts it ("1 line skipped"), and the CLI's stderr is for the one
            // failure line. Logged below the level the product shows, for a run with a debugging configuration.
            LOG.info("{}: skipped an RSS item without a title ({})", context.origin(), item.ownText("link"));
            return Optional.empty();
        }
        String description = item.ownText("description");
        if (description.isBlank()) {
            description = item.childText(CONTENT_NS, "encoded");
        }
        String arxivHeader = "";
        String abstractText;
        Matcher header = ARXIV_HEADER.matcher(description);
        if (header.find()) {
            arxivHeader = header.group(1);
            abstractText = CleanText.normalize(description.substring(header.end()));
        } else {
            abstractText = CleanText.fromHtml(description);
        }
        String link = item.ownText("link").strip();
        Optional<String> doi = doi(item, link);
        PaperId id = PaperId.findArxivIn(arxivHeader)
                .or(() -> PaperId.findArxivIn(link))
                .or(() -> PaperId.findArxivIn(item.ownText("guid")))
                .or(() -> doi.map(PaperId::fromDoi))
                .orElseGet(() -> PaperId.fromTitle(title));
        return Optional.of(new Paper(id, title, abstractText, authors(item), published(item), context.sourceName(),
                links(item, link, id, doi), null, categories(item), List.of(),
                id.isArxiv() ? versionExtras(item, arxivHeader, link) : PaperExtras.NONE, doi.orElse(null)));
    }

    /**
     * The version arXiv names in the item's guid ({@code oai:arXiv.org:2403.01234v2}) or its abstract header; an item
     * announced as {@code new} without one is the first version.
     */
    private static PaperExtras versionExtras(XmlElement item, String arxivHeader, String link) {
        String version = ArxivVersion.in(item.ownText("guid"));
        if (version == null) {
            version = ArxivVersion.in(arxivHeader);
        }
        if (version == null) {
            version = ArxivVersion.in(link);
        }
        if (version == null && item.child(ARXIV_NS, "announce_type").map(XmlElement::text).map(String::strip)
                .filter("new"::equalsIgnoreCase).isPresent()) {
            version = "v1";
        }
        return ArxivVersion.extras(version);
    }

    /**
     * arXiv writes all authors into one {@code dc:creator} separated by commas; journals write one creator per element,
     * sometimes as "Surname, Given". Split on commas only when every part looks like a whole name.
     */
    private static List<String> authors(XmlElement item) {
        Set<String> authors = new LinkedHashSet<>();
        List<XmlElement> creators = new ArrayList<>(item.children(DC_NS, "creator"));
        creators.addAll(item.own("author"));
        for (XmlElement creator : creators) {
            String names = CleanText.fromHtml(creator.text());
            List<String> parts = Arrays.stream(names.split("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+"))
                    .map(String::strip)
                    .filter(p -> !p.isEmpty())
                    .toList();
            if (parts.size() > 1 && parts.stream().allMatch(p -> p.contains(" "))) {
                authors.addAll(parts);
            } else if (!names.isEmpty()) {
                authors.add(names);
            }
        }
        return new ArrayList<>(authors);
    }

    private static LocalDate published(XmlElement item) {
        LocalDate published = Dates.parse(item.ownText("pubDate"));
        return published != null ? published : Dates.parse(item.childText(DC_NS, "date"));
    }

    private static List<String> categories(XmlElement item) {
        Set<String> categories = new LinkedHashSet<>();
        item.own("category").forEach(c -> categories.add(CleanText.normalize(c.text())));
        item.children(DC_NS, "subject").forEach(c -> categories.add(CleanText.normalize(c.text())));
        categories.remove("");
        return new ArrayList<>(categories);
    }

    /**
     * The DOI a journal feed gives in {@code prism:doi} or a {@code dc:identifier} ({@link FeedDois}), else in the
     * item's guid or link when either is a DOI ({@code https://doi.org/10.…}).
     */
    private static Optional<String> doi(XmlElement item, String link) {
        return FeedDois.declared(item)
                .or(() -> FeedDois.ofId(item.ownText("guid")))
                .or(() -> FeedDois.ofId(link));
    }

    private static List<PaperLink> links(XmlElement item, String link, PaperId id, Optional<String> doi) {
        Set<PaperLink> links = new LinkedHashSet<>(ArxivLinks.of(id));
        ArxivLinks.webUrl(link)
                .filter(url -> !(id.isArxiv() && ArxivLinks.isArxivPage(url)))
                .ifPresent(url -> links.add(new PaperLink(LinkType.ABSTRACT, url)));
        // The DOI as a link too, unless the item's own link already is that DOI's address.
        boolean linked = links.stream().anyMatch(l -> Doi.inLink(l.url()).equals(doi.flatMap(Doi::parse)));
        doi.filter(d -> !linked).flatMap(d -> ArxivLinks.webUrl("https://doi.org/" + d))
                .ifPresent(url -> links.add(new PaperLink(LinkType.OTHER, url)));
        for (XmlElement enclosure : item.own("enclosure")) {
            if (enclosure.attribute("type").equalsIgnoreCase("application/pdf")) {
                ArxivLinks.webUrl(enclosure.attribute("url"))
                        .ifPresent(url -> links.add(new PaperLink(LinkType.PDF, url)));
            }
        }
        return new ArrayList<>(links);
    }
}
