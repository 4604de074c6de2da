package org.paperfeed.ui;

import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.paperfeed.app.AppEvents;
import org.paperfeed.app.ExportPapers;
import org.paperfeed.app.ForYou;
import org.paperfeed.app.MarkPapers;
import org.paperfeed.app.PaperNotes;
import org.paperfeed.app.SearchPapers;
import org.paperfeed.app.foryou.Recommendation;
import org.paperfeed.model.HighlightedText;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.TagCount;
import org.paperfeed.ui.task.BackgroundTask;
import org.paperfeed.ui.task.TaskExecutor;

/** The reading pane: one paper, its abstract with the search terms marked, its related papers and the user's marks. */
public final class ReaderViewModel {

    static final int RELATED = 6;
    /** After For you's words on how to start: what this section will then show. */
    static final String WHY_THEN = " Then this says which words made a paper rank where it does.";

    private final SearchPapers search;
    private final MarkPapers marks;
    private final PaperNotes notes;
    private final ForYou forYou;
    private final ExportPapers exports;
    private final TaskExecutor executor;
    private final TaskExecutor explainer;
    private final ObjectProperty<LibraryPaper> paper = new SimpleObjectProperty<>();
    private final ObjectProperty<HighlightedText> abstractText = new SimpleObjectProperty<>(HighlightedText.plain(""));
    /** Which of the shown paper's authors the query matched, by their place in its list; empty while unknown. */
    private final ObjectProperty<Set<Integer>> authorsMatched = new SimpleObjectProperty<>(Set.of());
    private final ObservableList<LibraryPaper> related = FXCollections.observableArrayList();
    /**
     * One read-only view, kept: JavaFX's wrapper listens to the list weakly, so a listener added to a wrapper made
     * per call stops hearing changes once that wrapper is collected.
     */
    private final ObservableList<LibraryPaper> relatedView = FXCollections.unmodifiableObservableList(related);
    private final ObservableList<String> knownTags = FXCollections.observableArrayList();
    private final ObservableList<String> knownTagsView = FXCollections.unmodifiableObservableList(knownTags);
    private final BooleanProperty markReadOnOpen = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    /** Why For you scores the shown paper as it does; null until known, or when no interest ranks. */
    private final ReadOnlyObjectWrapper<Recommendation> why = new ReadOnlyObjectWrapper<>();
    /** What the Why section says instead, when there is no recommendation to explain. */
    private final ReadOnlyStringWrapper whyNote = new ReadOnlyStringWrapper("");
    /** The paper shown: related papers and Why arrive for the latest one only. */
    private final LatestOnly showing = new LatestOnly();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** The query the abstract is marked for: the list's query when the paper was shown or last re-marked. */
    private String query = "";
    /** Highlight requests: only the latest one's marks are shown. */
    private final LatestOnly marking = new LatestOnly();
    /** Papers shown before a related paper was opened here (not from the list), most recent first. */
    private final java.util.LinkedList<LibraryPaper> back = new java.util.LinkedList<>();
    private final javafx.beans.property.ReadOnlyBooleanWrapper canGoBack =
            new javafx.beans.property.ReadOnlyBooleanWrapper(false);
    /** Stars and read marks shown at once, here and in the list, while they are saved. */
    private final MarksAhead ahead;

    public ReaderViewModel(SearchPapers search, MarkPapers marks, PaperNotes notes, ForYou forYou,
                           ExportPapers exports, AppEvents events, TaskExecutor executor) {
        this(search, marks, notes, forYou, exports, events, executor, executor);
    }

    /** @param explainer where "Why" is worked out: For you's own thread in the window (it may train first) */
    public ReaderViewModel(SearchPapers search, MarkPapers marks, PaperNotes notes, ForYou forYou,
                           ExportPapers exports, AppEvents events, TaskExecutor executor, TaskExecutor explainer) {
        this.search = search;
        this.marks = marks;
        this.notes = notes;
        this.forYou = forYou;
        this.exports = exports;
        this.explainer = explainer;
        this.executor = executor;
        this.ahead = new MarksAhead(executor);
        ahead.onShow(this::showAhead);
        // Said under the marks, where the star or read mark was just taken back.
        ahead.onFailed(error::set);
        events.subscribe(AppEvents.PaperChanged.class, e -> executor.runOnUi(() -> changed(e.paper())));
        events.subscribe(AppEvents.PapersChanged.class,
                e -> executor.runOnUi(() -> e.papers().forEach(this::changed)));
        // A star, a tag or a switch that retrains For you can change why the shown paper scores as it does, or give
        // For you its first interest: the Why said "So far: 2 papers starred" after the third star.
        events.subscribe(AppEvents.InterestsRetrained.class, e -> executor.runOnUi(this::explainAgain));
    }

    /** What shows this pane's stars and read marks before they are saved: the list shares it ({@link ViewModels}). */
    MarksAhead marksAhead() {
        return ahead;
    }

    /** What saves the note typed in the pane ({@link NoteEditor}). */
    NoteEditorModel notes() {
        return new NoteEditorModel(notes::set, executor);
    }

    /** How a source is shown: "RSS (imported feed.xml)" for a file the user imported, its name otherwise. */
    public String sourceName(String source) {
        return search.sourceName(source);
    }

    public ReadOnlyObjectProperty<LibraryPaper> paperProperty() {
        return paper;
    }

    public ReadOnlyObjectProperty<HighlightedText> abstractProperty() {
        return abstractText;
    }

    /** Which of the shown paper's authors the list's query matched, by their place in its author list. */
    public ReadOnlyObjectProperty<Set<Integer>> authorsMatchedProperty() {
        return authorsMatched;
    }

    public ObservableList<LibraryPaper> related() {
        return relatedView;
    }

    /** Every tag in the library, most used first: what the tag editor completes from. */
    public ObservableList<String> knownTags() {
        return knownTagsView;
    }

    /** Whether showing a paper marks it read (a preference). */
    public BooleanProperty markReadOnOpenProperty() {
        return markReadOnOpen;
    }

    /** Why For you ranks the shown paper as it does: its best interest and the words that raised its score. */
    public ReadOnlyObjectProperty<Recommendation> whyProperty() {
        return why.getReadOnlyProperty();
    }

    /** Said in the Why section when there is no recommendation: how to start, or that the paper is not scored. */
    public ReadOnlyStringProperty whyNoteProperty() {
        return whyNote.getReadOnlyProperty();
    }

    /** The last mark that could not be saved, shown inline; empty when all is well. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /**
     * Shows a paper; null clears the pane. Its abstract shows at once, then with what {@code query} matches in it
     * marked as the app's search matched it (stems, phrases), which a query that does not parse leaves plain.
     */
    public void show(LibraryPaper value, String query) {
        back.clear();
        canGoBack.set(false);
        display(value, query);
    }

    /**
     * Opens a paper the list does not hold (a related paper): the one shown now is kept, and {@link #back} returns
     * to it.
     */
    public void open(LibraryPaper value, String query) {
        LibraryPaper current = paper.get();
        if (current != null) {
            back.push(current);
            canGoBack.set(true);
        }
        display(value, query);
    }

    /** Returns to the paper shown before the last {@link #open}; false when there is none. */
    public boolean back() {
        LibraryPaper previous = back.poll();
        canGoBack.set(!back.isEmpty());
        if (previous == null) {
            return false;
        }
        display(previous, query);
        return true;
    }

    /** Whether the pane shows a paper opened from another (so not the list's selection), with a way back. */
    public javafx.beans.property.ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    /** The query the abstract is marked for. */
    public String query() {
        return query;
    }

    /** Marks the shown abstract for another query (the list's search changed, the paper stayed). */
    public void highlight(String value) {
        LibraryPaper current = paper.get();
        String next = value == null ? "" : value;
        if (current == null || next.equals(query)) {
            query = next;
            return;
        }
        query = next;
        abstractText.set(HighlightedText.plain(current.paper().abstractText()));
        authorsMatched.set(Set.of());
        mark(current.id().value(), next, marking.next());
    }

    /** What a query matched in one paper: its abstract marked, and its authors matched by place. */
    private record Marked(HighlightedText abstractText, Set<Integer> authors) {
    }

    private void mark(String id, String query, long mine) {
        if (query != null && !query.isBlank()) {
            // The authors too: a paper found by a name had shown no mark anywhere.
            BackgroundTask.wrap(() -> new Marked(search.highlight(id, query), search.authorsMatched(id, query)))
                    .onSuccess(marked -> {
                        if (marking.isLatest(mine)) {
                            abstractText.set(marked.abstractText());
                            authorsMatched.set(marked.authors());
                        }
                    })
                    .onFailure(e -> { })
                    .executeWith(executor);
        }
    }

    /**
     * What the last action on the paper did or why it could not ("This paper has no PDF link"), shown a few seconds
     * ({@code PassingMessage}) or until another paper is shown; empty at first.
     */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The paper an undo puts back, to show as it is when the list selects it again; null when there is none. */
    private PaperId putBackUnmarked;
    /** Whether it has been shown since: it is shown again as its row refreshes, until another paper is shown. */
    private boolean putBackShown;

    /**
     * While {@code id} is next shown it is not marked read for being shown: an undo put it back and the list selects
     * it, not the reader. An unread paper dismissed with {@code x} and brought back with Ctrl+Z had come
     * back read.
     */
    public void showPutBackAsItIs(PaperId id) {
        putBackUnmarked = id;
        putBackShown = false;
    }

    /**
     * Says, in the pane, how an action on the paper went, for a few seconds ({@code PassingMessage}). The same words
     * said again are a new message ({@code c} pressed twice), heard as one: the time they show starts again.
     */
    public void say(String text) {
        String next = text == null ? "" : text;
        if (!next.isEmpty() && next.equals(message.get())) {
            message.set("");
        }
        message.set(next);
    }

    /** The paper's BibTeX entry as the export writes it (the LaTeX source kept). Formatting only: no I/O. */
    public String bibtex(LibraryPaper value) {
        return exports.text(org.paperfeed.app.export.ExportFormat.BIBTEX, value);
    }

    private void display(LibraryPaper value, String query) {
        long mine = showing.next();
        message.set("");
        this.query = query == null ? "" : query;
        // Before the paper: the page shows a new paper's authors with what is matched in them then.
        authorsMatched.set(Set.of());
        paper.set(value);
        related.clear();
        error.set("");
        why.set(null);
        whyNote.set("");
        if (value == null) {
            marking.next();
            abstractText.set(HighlightedText.plain(""));
            return;
        }
        abstractText.set(HighlightedText.plain(value.paper().abstractText()));
        String id = value.id().value();
        mark(id, query, marking.next());
        boolean putBack = value.id().equals(putBackUnmarked);
        if (putBack) {
            putBackShown = true;
        } else if (putBackShown) {
            // The reader has moved on: shown again later, the paper is read as any other.
            putBackUnmarked = null;
            putBackShown = false;
        }
        if (markReadOnOpen.get() && !value.state().read() && !putBack) {
            ahead.read(value, true, marks);
        }
        BackgroundTask.wrap(() -> search.related(id, RELATED))
                .onSuccess(found -> {
                    if (showing.isLatest(mine)) {
                        related.setAll(found);
                    }
                })
                .executeWith(executor);
        loadTags();
        explain(mine, value.id());
    }

    /** The shown paper's Why once more, unless another paper is shown meanwhile. */
    private void explainAgain() {
        LibraryPaper shown = paper.get();
        if (shown != null) {
            explain(showing.current(), shown.id());
        }
    }

    /** Why For you scores a paper as it does or, while it ranks nothing, what the reader can do about it. */
    private record Explained(Optional<Recommendation> why, String note) {
    }

    /**
     * Scores the paper in the background (training first if the marks changed) and says why; while For you ranks
     * nothing, says what For you's own view says: how far the reader has come ("So far: 2 papers starred.") or that
     * the interests with papers enough are switched off, never "star 3 papers" to a reader with forty switched off.
     */
    private void explain(long mine, PaperId id) {
        BackgroundTask.wrap(() -> {
                    Optional<Recommendation> found = forYou.why(id);
                    String note = found.isPresent() ? "" : forYou.howToStart().map(how -> how + WHY_THEN).orElse("");
                    return new Explained(found, note);
                })
                .onSuccess(found -> {
                    if (showing.isLatest(mine)) {
                        why.set(found.why().orElse(null));
                        whyNote.set(found.note());
                    }
                })
                .onFailure(e -> {
                    if (showing.isLatest(mine)) {
                        whyNote.set("No explanation: " + e.getMessage());
                    }
                })
                .executeWith(explainer);
    }

    public void loadTags() {
        BackgroundTask.wrap(() -> search.tags())
                .onSuccess(tags -> knownTags.setAll(tags.stream().map(TagCount::tag).toList()))
                .executeWith(executor);
    }

    /** {@code s}: the star shows at once and is saved in the background; taken back, saying why, if that fails. */
    public void toggleStar() {
        LibraryPaper current = paper.get();
        if (current != null) {
            ahead.star(current, !current.state().starred(), marks, forYou::retrainSoon);
        }
    }

    /** {@code m}: as {@link #toggleStar}, for the read mark. */
    public void toggleRead() {
        LibraryPaper current = paper.get();
        if (current != null) {
            ahead.read(current, !current.state().read(), marks);
        }
    }

    public void addTag(String tag) {
        addTag(tag, () -> { });
    }

    /**
     * Tags the paper shown; {@code saved} runs on the UI thread once the tag is saved, and not when the library
     * refuses it (too long, say): then the reason shows and what was typed can stay where it was, to be put right.
     */
    public void addTag(String tag, Runnable saved) {
        LibraryPaper current = paper.get();
        if (current != null && tag != null && !tag.isBlank()) {
            String id = current.id().value();
            steer(() -> marks.tag(id, Set.of(tag.strip())), () -> {
                error.set("");
                saved.run();
            });
        }
    }

    public void removeTag(String tag) {
        LibraryPaper current = paper.get();
        if (current != null) {
            String id = current.id().value();
            steer(() -> marks.untag(id, Set.of(tag)));
        }
    }

    private void mark(BackgroundTask.Work<LibraryPaper> change, Runnable done) {
        BackgroundTask.wrap(change).onSuccess(changed -> done.run()).onFailure(e -> error.set(e.getMessage()))
                .executeWith(executor);
    }

    /**
     * A tag, which For you learns from (a star is shown ahead: {@link #toggleStar}): made, then For you told to retrain soon, both on the background
     * thread; the app waits for the marks to settle and trains on its own thread.
     */
    private void steer(BackgroundTask.Work<LibraryPaper> change) {
        steer(change, () -> { });
    }

    private void steer(BackgroundTask.Work<LibraryPaper> change, Runnable done) {
        mark(() -> {
            LibraryPaper changed = change.call();
            forYou.retrainSoon();
            return changed;
        }, done);
    }

    /** A mark shown ahead of its save ({@link MarksAhead}) on the paper shown and on those waiting behind Back. */
    private void showAhead(LibraryPaper known,
                           java.util.function.UnaryOperator<org.paperfeed.model.PaperState> change) {
        PaperId id = known.id();
        back.replaceAll(waiting -> waiting.id().equals(id) ? ahead(waiting, change) : waiting);
        LibraryPaper current = paper.get();
        if (current != null && current.id().equals(id)) {
            paper.set(ahead(current, change));
        }
    }

    private static LibraryPaper ahead(LibraryPaper paper,
                                      java.util.function.UnaryOperator<org.paperfeed.model.PaperState> change) {
        return new LibraryPaper(paper.paper(), change.apply(paper.state()), paper.added());
    }

    private void changed(LibraryPaper announced) {
        // Marks still being saved stay shown: an older save's news must not bring back a star taken off since.
        LibraryPaper value = ahead.over(announced);
        // A paper waiting behind a detour keeps its marks current too: Back must not show an old star.
        back.replaceAll(waiting -> waiting.id().equals(value.id()) ? value : waiting);
        LibraryPaper current = paper.get();
        if (current != null && current.id().equals(value.id())) {
            paper.set(value);
            if (!current.state().tags().equals(value.state().tags())) {
                loadTags();
            }
        }
    }
}
