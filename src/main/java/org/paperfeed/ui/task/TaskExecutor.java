package org.paperfeed.ui.task;

/** Where background work and its callbacks run. */
public interface TaskExecutor {

    /** Runs the task's work in the background, then its success or failure handler on the UI thread. */
    <T> void execute(BackgroundTask<T> task);

    /** Runs {@code action} on the UI thread: how listeners called from a worker thread (app events) hop back. */
    void runOnUi(Runnable action);
}
