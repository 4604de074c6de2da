package org.paperfeed.ui;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;

/**
 * Runs the start's non-essential work (the sidebar's and the day bar's counts, the refresh of the sources, the
 * formula renderer's warm-up) once the list's first query has been answered and the pulse that draws its rows has
 * passed, so that on two cores none of it competes with the first rows. What the window eventually shows is the
 * same; only the order changes.
 */
final class AfterFirstRows {

    private AfterFirstRows() {
    }

    /**
     * @param searching the list's "a query is running" flag, true when called (the first query was just asked for)
     * @param work      what to run on the FX thread after the first answer's pulse; it only starts background tasks
     */
    static void run(Scene scene, ObservableValue<Boolean> searching, Runnable work) {
        if (!Boolean.TRUE.equals(searching.getValue())) {
            Platform.runLater(work);
            return;
        }
        searching.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> value, Boolean was, Boolean now) {
                if (!Boolean.TRUE.equals(now)) {
                    searching.removeListener(this);
                    afterNextPulse(scene, work);
                }
            }
        });
    }

    private static void afterNextPulse(Scene scene, Runnable work) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                // Out of the pulse: the rows laid out in it are rendered before this runs.
                Platform.runLater(work);
            }
        });
        Platform.requestNextPulse();
    }
}
