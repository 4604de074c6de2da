package org.paperfeed.ui;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;

/**
 * Runs the start's non-essential work (the sidebar's and the day bar's counts, the refresh of the sources, the
 * warm-up searches, the formula renderer's warm-up, For you's scoring ahead) once the list's first query has been
 * answered and the frame that draws its rows has been rendered, so that on two cores none of it competes with the
 * first rows. What the window eventually shows is the same; only the order changes.
 */
final class AfterFirstRows {

    private AfterFirstRows() {
    }

    /**
     * @param searching the list's "a query is running" flag: true when the first query was just asked for, false
     *                  when the rows are already there (read before the window was built: {@link StartingRows})
     * @param work      what to run on the FX thread after the first answer's pulse; it only starts background tasks
     */
    static void run(Scene scene, ObservableValue<Boolean> searching, Runnable work) {
        if (!Boolean.TRUE.equals(searching.getValue())) {
            afterNextPulse(scene, work);
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

    /**
     * Pulses to let pass after the one that lays the rows out: JavaFX renders a pulse's frame on its render thread
     * while the FX thread goes on, and a pulse only hands its scene to the renderer once the previous frame is done;
     * so two pulses later the rows' frame is on the screen. Work started earlier took the cores from that frame
     * (measured: rows painted about a second after they were laid out, instead of about 0.1 s).
     */
    static final int PULSES_AFTER = 2;

    private static void afterNextPulse(Scene scene, Runnable work) {
        scene.addPostLayoutPulseListener(new Runnable() {
            private int seen;

            @Override
            public void run() {
                if (seen++ < PULSES_AFTER) {
                    Platform.requestNextPulse();
                    return;
                }
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(work);
            }
        });
        Platform.requestNextPulse();
    }
}
