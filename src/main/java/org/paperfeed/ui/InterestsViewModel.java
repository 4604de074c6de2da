package org.paperfeed.ui;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.paperfeed.app.AppEvents;
import org.paperfeed.app.ForYou;
import org.paperfeed.app.foryou.Interest;
import org.paperfeed.ui.task.BackgroundTask;
import org.paperfeed.ui.task.TaskExecutor;

/**
 * The interests For you learns from, as the reader steers them: each with its papers and when it was trained, and
 * a switch and a reset. Every call to the app runs in the background.
 */
public final class InterestsViewModel {

    private final ForYou forYou;
    private final TaskExecutor executor;
    private final ObservableList<Interest> interests = FXCollections.observableArrayList();
    private final ObservableList<Interest> interestsView = FXCollections.unmodifiableObservableList(interests);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyLongWrapper trainings = new ReadOnlyLongWrapper();

    public InterestsViewModel(ForYou forYou, AppEvents events, TaskExecutor executor) {
        this.forYou = forYou;
        this.executor = executor;
        // Training happens on the app's own thread after marks settle; the list then says when, on the FX thread.
        events.subscribe(AppEvents.InterestsRetrained.class, e -> executor.runOnUi(() -> {
            trainings.set(trainings.get() + 1);
            load();
        }));
    }

    /** How many times For you trained since the window opened: the list's "trained at" follows it. */
    public ReadOnlyLongProperty trainingsProperty() {
        return trainings.getReadOnlyProperty();
    }

    public ObservableList<Interest> interests() {
        return interestsView;
    }

    /** What the last switch or reset did, or why it failed; empty at first. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void load() {
        BackgroundTask.wrap(forYou::interests)
                .onSuccess(interests::setAll)
                .onFailure(e -> message.set("The interests could not be read: " + e.getMessage()))
                .executeWith(executor);
    }

    /** Switches an interest on or off (a preference): off, it ranks nothing until switched on again. */
    public void setEnabled(Interest interest, boolean on) {
        BackgroundTask.wrap(() -> forYou.setEnabled(interest.key(), on))
                .onSuccess(done -> {
                    message.set(ForYouMatch.label(interest.key()) + (on ? " ranks again" : " is off: it ranks nothing"));
                    load();
                })
                .onFailure(e -> message.set("Not changed: " + e.getMessage()))
                .executeWith(executor);
    }

    /** Forgets what the interest learned from dismissals and trains it anew from its papers. */
    public void reset(Interest interest) {
        BackgroundTask.wrap(() -> forYou.reset(interest.key()))
                .onSuccess(done -> {
                    message.set(ForYouMatch.label(interest.key()) + " was reset: it forgot what it learned from"
                            + " dismissed papers");
                    load();
                })
                .onFailure(e -> message.set("Not reset: " + e.getMessage()))
                .executeWith(executor);
    }
}
