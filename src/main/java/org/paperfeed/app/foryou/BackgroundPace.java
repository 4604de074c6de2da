package org.paperfeed.app.foryou;

/**
 * Asked between the steps of work nobody is waiting for (a training after a star, scoring a view ahead of time): it
 * may hold the calling thread a while, so that the work gives way to what the reader is waiting for. On two cores a
 * training competes with a keystroke's search and layout; paused, it does not.
 */
@FunctionalInterface
public interface BackgroundPace {

    /** Never holds: the work someone is waiting for (the CLI, the window asking for scores it shows). */
    BackgroundPace NONE = () -> { };

    /**
     * Returns once the work may go on. An interrupt ends the pause early and stays set, for the caller to act on;
     * a {@link java.util.concurrent.CancellationException} says the work is to stop here (its owner is closing).
     */
    void pause();
}
