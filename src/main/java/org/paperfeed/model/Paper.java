package org.paperfeed.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A paper as sources describe it: everything that can be fetched again.
 * The user's own marks live in {@link PaperState}, never here.
 *
 * @param published null when the source does not say
 * @param upvotes   null when the source does not count them
 * @param source    the name of the digest or feed the paper came from (the first that brought it)
 * @param listings  one per (source, day) the paper was listed on, oldest day first
 * @param extras    what some sources add (version, code, AI summary…); {@link PaperExtras#NONE} when none
 * @param doi       the paper's DOI as {@link Doi} spells it ({@code 10.1038/…}, lower case), null when no source gave
 *                  one; a paper known by its DOI ({@code doi:…} id) always has it
 */
public record Paper(
        PaperId id,
        String title,
        String abstractText,
        List<String> authors,
        LocalDate published,
        String source,
        List<PaperLink> links,
        Integer upvotes,
        List<String> categories,
        List<Listing> listings,
        PaperExtras extras,
        String doi) {

    /** A paper with no DOI beyond what its id says. */
    public Paper(PaperId id, String title, String abstractText, List<String> authors, LocalDate published,
                 String source, List<PaperLink> links, Integer upvotes, List<String> categories,
                 List<Listing> listings, PaperExtras extras) {
        this(id, title, abstractText, authors, published, source, links, upvotes, categories, listings, extras,
                null);
    }

    /** A paper with no listing and no extras, as a source without days or extras gives it. */
    public Paper(PaperId id, String title, String abstractText, List<String> authors, LocalDate published,
                 String source, List<PaperLink> links, Integer upvotes, List<String> categories) {
        this(id, title, abstractText, authors, published, source, links, upvotes, categories, List.of(),
                PaperExtras.NONE);
    }

    public Paper {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(abstractText, "abstractText");
        Objects.requireNonNull(source, "source");
        if (title.isBlank()) {
            throw new IllegalArgumentException("a paper needs a title");
        }
        authors = List.copyOf(authors);
        links = List.copyOf(links);
        categories = List.copyOf(categories);
        listings = List.copyOf(listings);
        extras = extras == null ? PaperExtras.NONE : extras;
        if (id.isDoi()) {
            doi = id.doi().orElseThrow();
        } else if (doi != null) {
            String given = doi;
            doi = Doi.parse(doi).orElseThrow(() -> new IllegalArgumentException("not a DOI: " + given));
        }
    }

    /** This paper with its listings replaced. */
    public Paper withListings(List<Listing> newListings) {
        return new Paper(id, title, abstractText, authors, published, source, links, upvotes, categories,
                newListings, extras, doi);
    }

    /** This paper with its extras replaced. */
    public Paper withExtras(PaperExtras newExtras) {
        return new Paper(id, title, abstractText, authors, published, source, links, upvotes, categories, listings,
                newExtras, doi);
    }

    /** This paper with its DOI set (any spelling {@link Doi#parse} reads), its id left as it is. */
    public Paper withDoi(String newDoi) {
        return new Paper(id, title, abstractText, authors, published, source, links, upvotes, categories, listings,
                extras, newDoi);
    }

    /** This paper under another id (the library re-keys a paper when a better id becomes known). */
    public Paper withId(PaperId newId) {
        return new Paper(newId, title, abstractText, authors, published, source, links, upvotes, categories, listings,
                extras, doi);
    }

    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }

    public Optional<String> link(LinkType type) {
        return links.stream().filter(l -> l.type() == type).map(PaperLink::url).findFirst();
    }

    /** The page a reader should land on: the abstract page when known, else the first link. */
    public Optional<String> primaryUrl() {
        return link(LinkType.ABSTRACT).or(() -> links.stream().map(PaperLink::url).findFirst());
    }

    /**
     * This paper completed with what {@code other} (the later fetch) knows and this one does not.
     * A source that knows a better id (arXiv over DOI over title, {@link PaperId#outranks}) is trusted over one that
     * knew less (a page's date is the day it listed the paper, not when the paper appeared), and its id wins; the DOI
     * is kept from whichever fetch gave one, the earlier first; a newer arXiv version replaces title and abstract,
     * else a longer abstract wins (pages truncate); upvotes take the latest count; listings are kept one per
     * (source, day), the later fetch replacing the same listing.
     */
    public Paper mergedWith(Paper other) {
        boolean otherKnowsMore = other.id.outranks(id);
        PaperId mergedId = otherKnowsMore ? other.id : id;
        boolean newerVersion = Versions.isNewer(other.extras.version(), extras.version());
        String mergedTitle = newerVersion ? other.title : title;
        String mergedAbstract = newerVersion || other.abstractText.length() > abstractText.length()
                ? other.abstractText : abstractText;
        List<String> mergedAuthors = authors.isEmpty() || ((otherKnowsMore || newerVersion) && !other.authors.isEmpty())
                ? other.authors : authors;
        LocalDate mergedPublished = published == null || (otherKnowsMore && other.published != null)
                ? other.published : published;
        Integer mergedUpvotes = other.upvotes != null ? other.upvotes : upvotes;
        PaperExtras mergedExtras = extras.updatedWith(other.extras);
        if (extras.version() != null && !newerVersion && other.extras.version() != null) {
            // An older version fetched later (a stale mirror) must not claim the title and abstract are its own.
            mergedExtras = new PaperExtras(extras.version(), mergedExtras.github(), mergedExtras.projectPage(),
                    mergedExtras.aiSummary(), mergedExtras.aiKeywords(), mergedExtras.organization());
        }
        return new Paper(mergedId, mergedTitle, mergedAbstract, mergedAuthors, mergedPublished, source,
                union(links, other.links), mergedUpvotes, union(categories, other.categories),
                mergedListings(listings, other.listings), mergedExtras, doi != null ? doi : other.doi);
    }

    /**
     * Listings one per (source, day), oldest day first: a later listing replaces the same one; a source whose day is
     * when it was first fetched keeps its first day.
     */
    static List<Listing> mergedListings(List<Listing> earlier, List<Listing> later) {
        List<Listing> merged = new ArrayList<>(earlier);
        for (Listing listing : later) {
            boolean replaced = false;
            for (int i = 0; i < merged.size() && !replaced; i++) {
                Listing kept = merged.get(i);
                if (kept.sameListingAs(listing)) {
                    merged.set(i, listing);
                    replaced = true;
                } else if (listing.keepsFirstDay() && kept.keepsFirstDay() && kept.source().equals(listing.source())) {
                    replaced = true;
                }
            }
            if (!replaced) {
                merged.add(listing);
            }
        }
        merged.sort(java.util.Comparator.comparing(Listing::day).thenComparing(Listing::source));
        return merged;
    }

    private static <T> List<T> union(List<T> first, List<T> second) {
        Set<T> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return new ArrayList<>(all);
    }
}
