package org.paperfeed.app;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.paperfeed.library.LibraryQuery;
import org.paperfeed.library.PaperLibrary;
import org.paperfeed.library.QuerySyntaxException;
import org.paperfeed.library.ViewScope;
import org.paperfeed.model.HighlightedText;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.SearchHit;
import org.paperfeed.model.SearchResults;
import org.paperfeed.model.SortOrder;
import org.paperfeed.model.TagCount;

/**
 * Finding papers: full-text search, the user's lists, one paper by id, the tags in use. Searches show hidden papers
 * (not interested, muted), each hit saying so; day and source views are {@link BrowseDays}.
 */
public final class SearchPapers {

    /** Snippets are the costly part of a search; nobody reads more than the first screenful of them. */
    public static final int SNIPPETS = 20;

    private final PaperLibrary library;
    private final java.util.function.UnaryOperator<String> sourceNames;
    /** Told of each search: the reader waits for it, background work gives way. */
    private final UserActivity activity;

    SearchPapers(PaperLibrary library) {
        this(library, java.util.function.UnaryOperator.identity(), new UserActivity());
    }

    /**
     * @param sourceNames how a source is shown, from its name ({@link ImportPapers#sourceName})
     * @param activity    told of each search
     */
    SearchPapers(PaperLibrary library, java.util.function.UnaryOperator<String> sourceNames, UserActivity activity) {
        this.activity = activity;
        this.library = library;
        this.sourceNames = sourceNames;
    }

    /**
     * How a paper's source is shown: "RSS (imported feed.xml)" for a file the user imported, its name otherwise.
     * From memory: a window may ask on its UI thread.
     */
    public String sourceName(String source) {
        return sourceNames.apply(source);
    }

    public SearchResults search(String query, PaperFilter filter, SortOrder sort, int limit)
            throws PaperFeedException {
        return search(query, filter, sort, 0, limit);
    }

    /** One page of a search: the hits after the first {@code offset}, so a window can load a long list lazily. */
    public SearchResults search(String query, PaperFilter filter, SortOrder sort, int offset, int limit)
            throws PaperFeedException {
        activity.asked();
        // No more hits than papers: a limit of 100,000,000 must not size a collector for that many.
        int clamped = limit <= 0 ? limit : Math.max(0, Math.min(limit, size() - Math.max(0, offset)));
        try {
            // The rules only flag hits: a search shows hidden papers, badged, where a day view leaves them out.
            return library.search(new LibraryQuery(query, filter, sort, offset, clamped, Math.min(clamped, SNIPPETS),
                    ViewScope.hidingWith(library.muteRules())));
        } catch (QuerySyntaxException e) {
            throw new InvalidQueryException(e.getMessage());
        } catch (IOException e) {
            throw new PaperFeedException("the library could not be searched: " + e.getMessage(), e);
        }
    }

    /** The papers matching a filter, newest first. */
    public List<LibraryPaper> list(PaperFilter filter, int limit) throws PaperFeedException {
        return search("", filter, SortOrder.DATE, limit).hits().stream().map(SearchHit::entry).toList();
    }

    /** What {@link #forEach} hands each paper to; it may fail writing it somewhere. */
    @FunctionalInterface
    public interface PaperVisitor {
        void visit(LibraryPaper paper) throws IOException;
    }

    /** Papers read per page by {@link #forEach}: memory for a page, not for the library. */
    static final int PAGE = 500;

    /**
     * Hands every paper matching {@code filter} to {@code each}, newest first, at most {@code limit} of them, a page
     * at a time: a list or an export of a million papers needs the memory of one page. A limit beyond what the library
     * holds is what it holds. Returns how many papers were visited.
     */
    public int forEach(PaperFilter filter, int limit, PaperVisitor each) throws PaperFeedException, IOException {
        int wanted = Math.min(limit, size());
        int visited = 0;
        while (visited < wanted) {
            int page = Math.min(PAGE, wanted - visited);
            List<SearchHit> hits;
            try {
                hits = library.search(new LibraryQuery("", filter, SortOrder.DATE, visited, page, 0)).hits();
            } catch (QuerySyntaxException e) {
                throw new IllegalStateException("the empty query is always valid", e);
            } catch (IOException e) {
                throw new PaperFeedException("the library could not be read: " + e.getMessage(), e);
            }
            for (SearchHit hit : hits) {
                each.visit(hit.entry());
            }
            visited += hits.size();
            if (hits.size() < page) {
                break;
            }
        }
        return visited;
    }

    /** A paper by the id the user typed: an arXiv id in any usual form, an arXiv or HF URL, or a t-… id. */
    public Optional<LibraryPaper> find(String id) throws PaperFeedException {
        try {
            return library.get(toPaperId(id));
        } catch (IOException e) {
            throw new PaperFeedException("the library could not be read: " + e.getMessage(), e);
        }
    }

    public LibraryPaper require(String id) throws PaperFeedException {
        return find(id).orElseThrow(() -> new UnknownPaperException(id));
    }

    static PaperId toPaperId(String id) throws UnknownPaperException {
        if (id == null || id.isBlank()) {
            throw new UnknownPaperException(String.valueOf(id));
        }
        return PaperId.parseArxiv(id).or(() -> PaperId.findArxivIn(id)).or(() -> PaperId.parseDoi(id))
                .orElseGet(() -> new PaperId(id.strip()));
    }

    /**
     * How many papers the user marked that the library does not hold (their digests no longer kept): their marks are
     * kept for when the paper comes back, but nothing lists or exports them. One look-up per marked paper.
     */
    public int markedPapersNotHeld() throws PaperFeedException {
        try {
            return library.markedPapersNotHeld();
        } catch (IOException e) {
            throw new PaperFeedException("the library could not be read: " + e.getMessage(), e);
        }
    }

    /** Papers in the library most like this one, for the reading pane's "Related papers". */
    public List<LibraryPaper> related(String id, int limit) throws PaperFeedException {
        try {
            return library.related(toPaperId(id), limit);
        } catch (IOException e) {
            throw new PaperFeedException("the library could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Which of the paper's authors {@code query} matches, by their place in its author list: the reading pane marks
     * them, as it marks the abstract. Empty when none does.
     */
    public java.util.Set<Integer> authorsMatched(String id, String query) throws PaperFeedException {
        try {
            return library.authorsMatched(toPaperId(id), query);
        } catch (QuerySyntaxException e) {
            throw new InvalidQueryException(e.getMessage());
        } catch (IOException e) {
            throw new PaperFeedException("the library could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * The paper's whole abstract with what {@code query} matches in it marked, exactly as the search matched it
     * (stems, phrases, field filters): for the reading pane, where the snippets of a search are too short.
     */
    public HighlightedText highlight(String id, String query) throws PaperFeedException {
        try {
            return library.highlightAbstract(toPaperId(id), query).orElseThrow(() -> new UnknownPaperException(id));
        } catch (QuerySyntaxException e) {
            throw new InvalidQueryException(e.getMessage());
        } catch (IOException e) {
            throw new PaperFeedException("the library could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * "Did you mean": for a search that found nothing, the same search with its misspelt plain words replaced by the
     * nearest words the library's papers hold, when that search finds papers; empty otherwise (a search that does not
     * parse included: its error says what is wrong). Reads the index's dictionaries: off the UI thread.
     */
    public Optional<String> didYouMean(String query) throws PaperFeedException {
        try {
            return library.didYouMean(query);
        } catch (IOException e) {
            throw new PaperFeedException("the library could not be read: " + e.getMessage(), e);
        }
    }

    public List<TagCount> tags() throws PaperFeedException {
        try {
            return library.tags();
        } catch (IOException e) {
            throw new PaperFeedException("the library could not be read: " + e.getMessage(), e);
        }
    }

    public int size() throws PaperFeedException {
        try {
            return library.size();
        } catch (IOException e) {
            throw new PaperFeedException("the library could not be read: " + e.getMessage(), e);
        }
    }
}
