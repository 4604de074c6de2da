package org.paperfeed.ui;

import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.util.Duration;

/**
 * How long the toolbar says what the last triage did, with its Undo: as a mail reader's "Undo" after a delete, for
 * {@link #SHOWN} after the last change, or until the reader moves to another list. It had stayed until the window
 * closed, and at 1280 pixels, beside a refresh message, pushed the toolbar's last controls into its overflow menu.
 * Ctrl+Z takes back the last change whether or not it is offered: going away is the offer's, not the change's.
 */
final class UndoOffer {

    /** Long enough to read a title and reach for the button; Gmail's own offer stays for five to thirty seconds. */
    static final Duration SHOWN = Duration.seconds(10);

    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(false);
    private final PauseTransition expiry = new PauseTransition(SHOWN);

    UndoOffer(TriageViewModel triage, FeedViewModel feed) {
        expiry.setOnFinished(e -> showing.set(false));
        // Every word from triage (a change, an undo, a failure) is shown for a while again, even the same words.
        triage.saidProperty().addListener((obs, was, now) -> offer());
        feed.feedProperty().addListener((obs, was, now) -> withdraw());
        feed.daysProperty().addListener((obs, was, now) -> withdraw());
    }

    /** Whether the toolbar shows the triage message and its Undo now. */
    ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    /** How long an offer stays (tests shorten it). */
    void shownFor(Duration value) {
        expiry.setDuration(value);
    }

    private void offer() {
        showing.set(true);
        expiry.playFromStart();
    }

    private void withdraw() {
        expiry.stop();
        showing.set(false);
    }
}
