package org.paperfeed.ui.task;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Runs tasks one after another, in the order they were given, on another executor's threads. The window's pool has
 * two threads: {@code s} pressed twice, its star and unstar had run side by side and could be saved in either order,
 * leaving a star the reader had taken back. Each task's result still reaches its handlers on the UI thread.
 *
 * <p>One task of the pool runs every task waiting, until none waits. Handing each task on to the pool as the one
 * before it ended lost the marks still waiting when the window closed: the closing pool finishes the work it holds,
 * but takes no new work, so a star shown a moment before closing was never saved.
 */
public final class InOrder implements TaskExecutor {

    private final TaskExecutor pool;
    private final Deque<BackgroundTask<?>> waiting = new ArrayDeque<>();
    private boolean running;

    public InOrder(TaskExecutor pool) {
        this.pool = pool;
    }

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        synchronized (this) {
            waiting.add(task);
            if (running) {
                return;
            }
            running = true;
        }
        pool.execute(BackgroundTask.wrap(this::runWaiting));
    }

    @Override
    public void runOnUi(Runnable action) {
        pool.runOnUi(action);
    }

    /** Runs the waiting tasks, oldest first, until none waits; each one's handlers on the UI thread. */
    private void runWaiting() {
        boolean done = false;
        try {
            while (true) {
                BackgroundTask<?> task;
                synchronized (this) {
                    task = waiting.poll();
                    if (task == null) {
                        running = false;
                        done = true;
                        return;
                    }
                }
                run(task);
            }
        } finally {
            if (!done) {
                // An Error ended the loop: the next task given starts a new one rather than wait for ever.
                synchronized (this) {
                    running = false;
                }
            }
        }
    }

    private void run(BackgroundTask<?> task) {
        task.runThenReportTo(pool::runOnUi);
    }
}
