package org.paperfeed.ui;

import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.paperfeed.app.AppEvents;
import org.paperfeed.app.AppServices;
import org.paperfeed.model.HighlightedText;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.TagCount;
import org.paperfeed.ui.task.BackgroundTask;
import org.paperfeed.ui.task.TaskExecutor;

/** The reading pane: one paper, its abstract with the search terms marked, its related papers and the user's marks. */
public final class ReaderViewModel {

    static final int RELATED = 6;

    private final AppServices app;
    private final TaskExecutor executor;
    private final ObjectProperty<LibraryPaper> paper = new SimpleObjectProperty<>();
    private final ObjectProperty<HighlightedText> abstractText = new SimpleObjectProperty<>(HighlightedText.plain(""));
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
    private long generation;

    public ReaderViewModel(AppServices app, TaskExecutor executor) {
        this.app = app;
        this.executor = executor;
        app.events().subscribe(AppEvents.PaperChanged.class, e -> executor.runOnUi(() -> changed(e.paper())));
        app.events().subscribe(AppEvents.PapersChanged.class,
                e -> executor.runOnUi(() -> e.papers().forEach(this::changed)));
    }

    /** What saves the note typed in the pane ({@link NoteEditor}). */
    NoteEditorModel notes() {
        return new NoteEditorModel(app, executor);
    }

    public ReadOnlyObjectProperty<LibraryPaper> paperProperty() {
        return paper;
    }

    public ReadOnlyObjectProperty<HighlightedText> abstractProperty() {
        return abstractText;
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

    /** The last mark that could not be saved, shown inline; empty when all is well. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /**
     * Shows a paper; null clears the pane. Its abstract shows at once, then with what {@code query} matches in it
     * marked as the app's search matched it (stems, phrases), which a query that does not parse leaves plain.
     */
    public void show(LibraryPaper value, String query) {
        long mine = ++generation;
        paper.set(value);
        related.clear();
        error.set("");
        if (value == null) {
            abstractText.set(HighlightedText.plain(""));
            return;
        }
        abstractText.set(HighlightedText.plain(value.paper().abstractText()));
        String id = value.id().value();
        if (query != null && !query.isBlank()) {
            BackgroundTask.wrap(() -> app.search().highlight(id, query))
                    .onSuccess(marked -> {
                        if (mine == generation) {
                            abstractText.set(marked);
                        }
                    })
                    .onFailure(e -> { })
                    .executeWith(executor);
        }
        if (markReadOnOpen.get() && !value.state().read()) {
            mark(() -> app.marks().markRead(id));
        }
        BackgroundTask.wrap(() -> app.search().related(id, RELATED))
                .onSuccess(found -> {
                    if (mine == generation) {
                        related.setAll(found);
                    }
                })
                .executeWith(executor);
        loadTags();
    }

    public void loadTags() {
        BackgroundTask.wrap(() -> app.search().tags())
                .onSuccess(tags -> knownTags.setAll(tags.stream().map(TagCount::tag).toList()))
                .executeWith(executor);
    }

    public void toggleStar() {
        LibraryPaper current = paper.get();
        if (current != null) {
            String id = current.id().value();
            boolean star = !current.state().starred();
            mark(() -> star ? app.marks().star(id) : app.marks().unstar(id));
        }
    }

    public void toggleRead() {
        LibraryPaper current = paper.get();
        if (current != null) {
            String id = current.id().value();
            boolean read = !current.state().read();
            mark(() -> read ? app.marks().markRead(id) : app.marks().markUnread(id));
        }
    }

    public void addTag(String tag) {
        LibraryPaper current = paper.get();
        if (current != null && tag != null && !tag.isBlank()) {
            String id = current.id().value();
            mark(() -> app.marks().tag(id, Set.of(tag.strip())));
        }
    }

    public void removeTag(String tag) {
        LibraryPaper current = paper.get();
        if (current != null) {
            String id = current.id().value();
            mark(() -> app.marks().untag(id, Set.of(tag)));
        }
    }

    private void mark(BackgroundTask.Work<LibraryPaper> change) {
        BackgroundTask.wrap(change).onFailure(e -> error.set(e.getMessage())).executeWith(executor);
    }

    private void changed(LibraryPaper value) {
        LibraryPaper current = paper.get();
        if (current != null && current.id().equals(value.id())) {
            paper.set(value);
            if (!current.state().tags().equals(value.state().tags())) {
                loadTags();
            }
        }
    }
}
