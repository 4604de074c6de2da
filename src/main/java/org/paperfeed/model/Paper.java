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
 * @param source    the name of the digest or feed the paper came from
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
        List<String> categories) {

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
     * This paper completed with what {@code other} knows and this one does not.
     * A source that knows the arXiv id is trusted over one that only knew the title (a page's date is the day it
     * listed the paper, not when the paper appeared); a longer abstract wins (pages truncate); upvotes take the
     * latest count.
     */
    public Paper mergedWith(Paper other) {
        boolean otherKnowsMore = other.id.isArxiv() && !id.isArxiv();
        PaperId mergedId = otherKnowsMore ? other.id : id;
        String mergedAbstract = other.abstractText.length() > abstractText.length() ? other.abstractText : abstractText;
        List<String> mergedAuthors = authors.isEmpty() || (otherKnowsMore && !other.authors.isEmpty())
                ? other.authors : authors;
        LocalDate mergedPublished = published == null || (otherKnowsMore && other.published != null)
                ? other.published : published;
        Integer mergedUpvotes = other.upvotes != null ? other.upvotes : upvotes;
        return new Paper(mergedId, title, mergedAbstract, mergedAuthors, mergedPublished, source,
                union(links, other.links), mergedUpvotes, union(categories, other.categories));
    }

    private static <T> List<T> union(List<T> first, List<T> second) {
        Set<T> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return new ArrayList<>(all);
    }
}
