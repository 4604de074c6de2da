/**
 * How the window runs work off the FX thread without any view or view model touching an executor:
 * {@link org.paperfeed.ui.task.BackgroundTask} describes the work and what to do with its result, a
 * {@link org.paperfeed.ui.task.TaskExecutor} decides where each part runs. {@link org.paperfeed.ui.task.FxTaskExecutor}
 * runs work on a small pool and callbacks on the FX thread; {@link org.paperfeed.ui.task.SameThreadExecutor} runs
 * both at once on the caller's thread, so view-model tests are deterministic; {@link org.paperfeed.ui.task.InOrder}
 * runs tasks one after another, in the order given, on another executor (the marks a reader makes, saved in order).
 *
 * <p>Depends on nothing of PaperFeed; the rest of {@code ui} depends on it, never the other way round.
 */
package org.paperfeed.ui.task;
