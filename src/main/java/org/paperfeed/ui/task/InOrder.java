package org.paperfeed.ui.task;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Runs tasks one after another, in the order they were given, on another executor's threads. The window's pool has
 * two threads: {@code s} pressed twice, its star and unstar had run side by side and could be saved in either order,
 * leaving a star the reader had taken back. Each task's result still reaches its handlers on the UI thread.
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
        next();
    }

    @Override
    public void runOnUi(Runnable action) {
        pool.runOnUi(action);
    }

    /** Starts the oldest waiting task, or notes that none runs. */
    private void next() {
        BackgroundTask<?> task;
        synchronized (this) {
            task = waiting.poll();
            if (task == null) {
                running = false;
                return;
            }
        }
        submit(task);
    }

    private <T> void submit(BackgroundTask<T> task) {
        BackgroundTask.wrap(() -> {
                    try {
                        return task.call();
                    } finally {
                        // The next starts once this one's work is done, before its handlers run on the UI thread.
                        next();
                    }
                })
                .onSuccess(task::succeed)
                .onFailure(task::fail)
                .executeWith(pool);
    }
}
