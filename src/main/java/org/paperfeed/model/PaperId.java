package org.paperfeed.model;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key a paper is known by in the library.
 *
 * <p>An arXiv identifier (without version) whenever one is known, because it is what every source agrees on;
 * else its DOI ({@code doi:10.1038/…}, lower case: {@link Doi}), which journal feeds give; otherwise a key derived
 * from the normalised title ({@code t-…}), so that a paper seen only as a title and an abstract still has a stable
 * identity that the user's stars and tags can hang on. When a paper becomes known by a better id (arXiv over DOI
 * over title), the library re-keys it, moves its marks and still finds it by the old id.
 */
public record PaperId(String value) implements Comparable<PaperId> {

    /** What every title-derived id starts with, and no arXiv id does. */
    public static final String TITLE_PREFIX = "t-";
    /** What every DOI-derived id starts with: {@code doi:} and the DOI in lower case. */
    public static final String DOI_PREFIX = "doi:";
    // New-style ids (YYMM.NNNNN) and old-style ids (archive/YYMMNNN), with an optional version suffix.
    private static final Pattern ARXIV = Pattern.compile(
            "(?i)^(?:arxiv:)?((?:\\d{4}\\.\\d{4,5})|(?:[a-z][a-z.-]*(?:\\.[A-Z]{2})?/\\d{7}))(?:v\\d+)?$");
    private static final Pattern ARXIV_IN_URL = Pattern.compile(
            "(?i)(?:arxiv\\.org/(?:abs|pdf|html)/|huggingface\\.co/papers/|arxiv:)"
                    + "((?:\\d{4}\\.\\d{4,5})|(?:[a-z][a-z.-]*/\\d{7}))(?:v\\d+)?");

    public PaperId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a paper id cannot be blank");
        }
    }

    /** An id for an arXiv identifier such as {@code 2403.01234v2} or {@code arXiv:hep-th/9901001}; the version is dropped. */
    public static PaperId arxiv(String arxivId) {
        return parseArxiv(arxivId).orElseThrow(() -> new IllegalArgumentException("not an arXiv id: " + arxivId));
    }

    /** The arXiv id in {@code text} when it is exactly one (with or without {@code arXiv:} prefix and version). */
    public static Optional<PaperId> parseArxiv(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ARXIV.matcher(text.strip());
        return m.matches() ? Optional.of(new PaperId(m.group(1).toLowerCase(Locale.ROOT))) : Optional.empty();
    }

    /** The arXiv id inside an arXiv or Hugging Face paper URL, or after an {@code arXiv:} label in running text. */
    public static Optional<PaperId> findArxivIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ARXIV_IN_URL.matcher(text);
        return m.find() ? Optional.of(new PaperId(m.group(1).toLowerCase(Locale.ROOT))) : Optional.empty();
    }

    /** The id of a paper known only by its title: a short digest of the normalised title. */
    public static PaperId fromTitle(String title) {
        return new PaperId(TITLE_PREFIX + Sha256.hex(TitleKey.of(title).getBytes(StandardCharsets.UTF_8), 6));
    }

    /**
     * The id of a paper whose DOI is {@code doi} (in any spelling {@link Doi#parse} reads): {@code doi:10.…}, or the
     * arXiv id when the DOI is one arXiv registered for its own paper ({@code 10.48550/arXiv.2403.01234}).
     */
    public static PaperId fromDoi(String doi) {
        String normalised = Doi.parse(doi).orElseThrow(() -> new IllegalArgumentException("not a DOI: " + doi));
        return Doi.arxivIdOf(normalised).orElseGet(() -> new PaperId(DOI_PREFIX + normalised));
    }

    /** The DOI id {@code text} names ({@code doi:10.…}, a bare {@code 10.…}, a doi.org link), or empty. */
    public static Optional<PaperId> parseDoi(String text) {
        return Doi.parse(text).map(PaperId::fromDoi);
    }

    /** Known by its arXiv id (neither a DOI id nor a title id). */
    public boolean isArxiv() {
        return !value.startsWith(TITLE_PREFIX) && !value.startsWith(DOI_PREFIX);
    }

    /** Known by its DOI ({@code doi:10.…}). */
    public boolean isDoi() {
        return value.startsWith(DOI_PREFIX);
    }

    /** Known by its title alone ({@code t-…}). */
    public boolean isTitleOnly() {
        return value.startsWith(TITLE_PREFIX);
    }

    /** The DOI of a DOI id ({@code 10.…}); empty for any other id. */
    public Optional<String> doi() {
        return isDoi() ? Optional.of(value.substring(DOI_PREFIX.length())) : Optional.empty();
    }

    /** Whether this id identifies a paper better than {@code other}: arXiv id over DOI over title. */
    public boolean outranks(PaperId other) {
        return rank() > other.rank();
    }

    private int rank() {
        return isArxiv() ? 2 : isDoi() ? 1 : 0;
    }

    @Override
    public int compareTo(PaperId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
