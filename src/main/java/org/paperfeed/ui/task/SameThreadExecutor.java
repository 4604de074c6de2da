package org.paperfeed.ui.task;

/** Runs everything at once on the caller's thread: for view-model tests, which then need no waiting. */
public final class SameThreadExecutor implements TaskExecutor {

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        task.runThenReportTo(Runnable::run);
    }

    @Override
    public void runOnUi(Runnable action) {
        action.run();
    }
}
