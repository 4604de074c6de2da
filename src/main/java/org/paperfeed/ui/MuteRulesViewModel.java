package org.paperfeed.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.paperfeed.app.InvalidQueryException;
import org.paperfeed.app.ManageMuteRules;
import org.paperfeed.model.MuteRule;
import org.paperfeed.ui.task.BackgroundTask;
import org.paperfeed.ui.task.TaskExecutor;

/**
 * The mute rules, listed and edited in the window. While a rule is typed, a live preview says how many stored papers
 * it would newly hide (not hidden already, not starred or tagged), so a rule too broad shows before it is saved; each
 * saved rule says how many papers it hides, as {@code paperfeed mute} does, counted in the background.
 */
public final class MuteRulesViewModel {

    private final ManageMuteRules rules;
    private final TaskExecutor executor;
    private final ObservableList<MuteRule> list = FXCollections.observableArrayList();
    private final ObservableList<MuteRule> listView = FXCollections.unmodifiableObservableList(list);
    private final ObservableMap<String, Long> hides = FXCollections.observableHashMap();
    private final ObservableMap<String, Long> hidesView = FXCollections.unmodifiableObservableMap(hides);
    /**
     * What the line under the empty field says: the field's own examples (its prompt) vanish while it has the focus,
     * and it has it from the moment the dialog opens, so a reader never saw what a rule is.
     */
    static final String HOW_TO_WRITE = "A rule is a search, as typed in the search field: title:survey,"
            + " author:\"Some One\", cat:cs.CV, -tag:keep";
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(HOW_TO_WRITE);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final LatestOnly previews = new LatestOnly();
    private boolean previewing;
    private String pending;

    public MuteRulesViewModel(ManageMuteRules rules, TaskExecutor executor) {
        this.rules = rules;
        this.executor = executor;
    }

    public ObservableList<MuteRule> rules() {
        return listView;
    }

    /** How many papers each rule hides, by rule id, once counted (a rule not counted yet is not there). */
    public ObservableMap<String, Long> hides() {
        return hidesView;
    }

    /** "Would hide 12 papers (40 matches)", or why the query cannot be a rule; how to write one while none is typed. */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Lists the rules at once, then counts what each hides (a count is a search of the library). */
    public void load() {
        BackgroundTask.wrap(rules::list).onSuccess(listed -> {
            list.setAll(listed);
            count(listed);
        }).executeWith(executor);
    }

    private void count(List<MuteRule> counted) {
        BackgroundTask.wrap(() -> {
            Map<String, Long> each = new LinkedHashMap<>();
            for (MuteRule rule : counted) {
                each.put(rule.id(), rules.hides(rule));
            }
            return each;
        }).onSuccess(hides::putAll).executeWith(executor);
    }

    /**
     * Previews the rule being typed: at once when no preview runs, else as soon as the running one ends, keeping only
     * the latest text (like the search field), so typing never queues a backlog of counts.
     */
    public void preview(String query) {
        String text = query == null ? "" : query.strip();
        previews.next();
        if (text.isEmpty()) {
            preview.set(HOW_TO_WRITE);
            return;
        }
        if (previewing) {
            pending = text;
            return;
        }
        previewing = true;
        long mine = previews.current();
        BackgroundTask.wrap(() -> rules.preview(text))
                .onSuccess(found -> {
                    if (previews.isLatest(mine)) {
                        preview.set("Would hide " + DayBarViewModel.papers((int) found.newlyHidden())
                                + " (" + FeedViewModel.count(found.matching())
                                + (found.matching() == 1 ? " match)" : " matches)"));
                    }
                    next();
                })
                .onFailure(e -> {
                    if (previews.isLatest(mine)) {
                        preview.set(e instanceof InvalidQueryException ? e.getMessage()
                                : "No preview: " + e.getMessage());
                    }
                    next();
                })
                .executeWith(executor);
    }

    private void next() {
        previewing = false;
        if (pending != null) {
            String text = pending;
            pending = null;
            preview(text);
        }
    }

    /** Adds a rule; {@code added} runs on the FX thread once it is saved, not when it is refused. */
    public void add(String query, Runnable added) {
        if (query == null || query.isBlank()) {
            return;
        }
        error.set("");
        BackgroundTask.wrap(() -> rules.add(query.strip()))
                .onSuccess(rule -> {
                    list.add(rule);
                    preview.set("");
                    added.run();
                    count(List.of(rule));
                })
                .onFailure(e -> error.set(e.getMessage()))
                .executeWith(executor);
    }

    public void remove(MuteRule rule) {
        error.set("");
        BackgroundTask.wrap(() -> rules.remove(rule.id()))
                .onSuccess(done -> {
                    list.remove(rule);
                    hides.remove(rule.id());
                })
                .onFailure(e -> error.set(e.getMessage()))
                .executeWith(executor);
    }
}
