package org.paperfeed.app.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Writer;
import java.util.List;
import java.util.function.UnaryOperator;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.Listing;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperExtras;
import org.paperfeed.model.PaperLink;
import org.paperfeed.model.SearchHit;
import org.paperfeed.support.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * A paper as scripts see it in {@code --json} output and JSON exports. Its fields are a published contract:
 * add fields, never rename or remove them.
 *
 * <p>Every field is always present, except {@code note} (only when the paper has one) and those only search hits
 * have: a value nobody gave is {@code null}, a list nobody gave is {@code []}, a mark not set is {@code false}.
 *
 * @param source        the source that first brought the paper (unchanged by later listings)
 * @param sourceName    that source as the window shows it: for a file the user imported, its format and whole file
 *                      name ("RSS (imported feed.xml)"); otherwise the same as {@code source}
 * @param upvotes       the count from the latest fetch that gave one
 * @param categories    the union of what every source said
 * @param listings      one per (source, day) the paper was listed on, oldest day first
 * @param version       the arXiv version title and abstract are from ({@code "v2"})
 * @param github        the code repository a source linked, {@code stars} null when not given
 * @param aiKeywords    {@code []} when no source gave any
 * @param notInterested the user dismissed the paper ({@code not-interested})
 * @param doi           the paper's DOI ({@code 10.1038/…}, lower case), null when no source gave one; a paper known by
 *                      its DOI has the id {@code doi:…} and this DOI, an arXiv paper may have one too. Written after
 *                      the older fields: an export must still start {@code id, title}, which is how import knows it
 * @param note          the user's note on the paper; absent when it has none (so output for papers without notes is
 *                      what it was before notes existed)
 * @param score         search hits only
 * @param snippet       search hits only: the matching part of the abstract, each matched term wrapped in {@code **}
 * @param hidden        search hits only: day views and {@code days} leave the paper out (not interested, or muted by
 *                      a rule and neither starred nor tagged); a search still finds it
 */
public record PaperJson(
        String id,
        String title,
        @JsonProperty("abstract") String abstractText,
        List<String> authors,
        String published,
        String source,
        String sourceName,
        String url,
        boolean starred,
        List<String> tags,
        boolean read,
        Integer upvotes,
        List<String> categories,
        List<PaperLink> links,
        String added,
        List<ListingJson> listings,
        String version,
        GithubJson github,
        String projectPage,
        String aiSummary,
        List<String> aiKeywords,
        String organization,
        boolean notInterested,
        String doi,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) String note,
        @JsonInclude(JsonInclude.Include.NON_NULL) Float score,
        @JsonInclude(JsonInclude.Include.NON_NULL) String snippet,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean hidden) {

    // Never closes its target (the console, or a file the caller still writes to); escapes what a terminal would obey.
    private static final JsonMapper JSON = Json.pretty(new TerminalSafeEscapes());

    /** The paper with {@code sourceName} the same as {@code source}. */
    public static PaperJson of(LibraryPaper entry) {
        return of(entry, UnaryOperator.identity());
    }

    /** @param sourceNames how a source is shown ({@code sourceName}), from its name */
    public static PaperJson of(LibraryPaper entry, UnaryOperator<String> sourceNames) {
        return of(entry, sourceNames, null, null, null);
    }

    public static PaperJson of(SearchHit hit) {
        return of(hit, UnaryOperator.identity());
    }

    public static PaperJson of(SearchHit hit, UnaryOperator<String> sourceNames) {
        return of(hit.entry(), sourceNames, hit.score(), hit.snippet().marked("**", "**"), hit.hidden());
    }

    private static PaperJson of(LibraryPaper entry, UnaryOperator<String> sourceNames, Float score, String snippet,
                                Boolean hidden) {
        Paper p = entry.paper();
        PaperExtras x = p.extras();
        return new PaperJson(p.id().value(), p.title(), p.abstractText(), p.authors(),
                p.published() == null ? null : p.published().toString(), p.source(), sourceNames.apply(p.source()),
                p.primaryUrl().orElse(null),
                entry.state().starred(), entry.state().tags().stream().sorted().toList(), entry.state().read(),
                p.upvotes(), p.categories(), p.links(), entry.added().toString(),
                p.listings().stream().map(ListingJson::of).toList(), x.version(),
                x.github() == null ? null : new GithubJson(x.github().url(), x.github().stars()), x.projectPage(),
                x.aiSummary(), x.aiKeywords(), x.organization(), entry.state().notInterested(),
                p.doi(), entry.state().note(), score, snippet, hidden);
    }

    /**
     * One listing: "HF daily #3 · ▲142 · 12 comments" on {@code day}.
     *
     * @param day          {@code YYYY-MM-DD}
     * @param rank         1-based position in that day's listing, null when the source gives no order
     * @param upvotes      null when the source does not count them
     * @param commentCount null when the source does not count them
     */
    public record ListingJson(String source, String day, Integer rank, Integer upvotes, Integer commentCount) {

        static ListingJson of(Listing listing) {
            return new ListingJson(listing.source(), listing.day().toString(), listing.rank(), listing.upvotes(),
                    listing.commentCount());
        }
    }

    /** A code repository; {@code stars} null when the source does not say. */
    public record GithubJson(String url, Integer stars) {
    }

    /**
     * Its fields as {@link #write} would write them, in the same order, for output that adds fields of its own (a
     * recommendation's {@code interest}, {@code why}, {@code score}): one mapper decides the fields either way.
     */
    public java.util.Map<String, Object> fields() {
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> fields = JSON.convertValue(this, java.util.LinkedHashMap.class);
        return fields;
    }

    /** A generator writing indented JSON as {@link #write} does, for writing an array one element at a time. */
    static JsonGenerator generator(java.io.Writer out) {
        return JSON.writer().createGenerator(out);
    }

    static java.io.IOException failure(JacksonException e) {
        return e.getCause() instanceof java.io.IOException io ? io
                : new java.io.IOException("could not write JSON: " + e.getOriginalMessage(), e);
    }

    /** Writes {@code value} (a list of these, or anything else plain) as indented JSON. */
    public static void write(Object value, Writer out) throws java.io.IOException {
        try {
            JSON.writeValue(out, value);
            out.write(System.lineSeparator());
            out.flush();
        } catch (JacksonException e) {
            throw failure(e);
        }
    }
}
