/**
 * The desktop window: {@link org.paperfeed.ui.PaperFeedWindow} launches
 * {@link org.paperfeed.ui.PaperFeedApplication}, which builds a {@link org.paperfeed.ui.MainWindow} of three views
 * (sidebar, feed, reading pane), each with one view model that alone calls the app, under a toolbar and a day bar
 * ({@link org.paperfeed.ui.DayBarViewModel}: which listing day, week or month the feed shows with its counts, stepped
 * with {@code [} and {@code ]} or typed into the date picker ({@code TypedDay}); off the latest day, Latest day
 * becomes All papers on those days and back on it Latest day again, the sidebar following:
 * {@code MainWindow#followDays}; a refresh that brings a newer day moves Latest day on to it unless the reader has
 * started on the list, who is left on their day under All papers, and For you, which ranks from the bar's day, ranks
 * the new one unless the reader has started on it, who keeps their list and is offered the new day beside the bar's
 * date: {@code MainWindow#followNewerDay}).
 * {@link org.paperfeed.ui.TriageViewModel} marks a whole view read and takes papers out of it ({@code x}), undoable
 * until the window closes (an undo says what it undid; a paper it puts back is not marked read for being shown again);
 * the toolbar's messages take the room its controls leave, which keep their whole labels ({@code MainWindow}'s
 * {@code FittingToolBar} lays its items out again when one changes width; while a message is cut short, the app's
 * name and Mark all read's label give way to it); {@link org.paperfeed.ui.MuteRulesViewModel} edits mute rules with a
 * live preview. The order chosen per view is kept in {@code view-sorts.json}, which views are ranked For you in
 * {@code view-foryou.json} ({@link org.paperfeed.ui.SortMemory}).
 * {@link org.paperfeed.ui.SidebarToggle}, at the start of the day bar, collapses the sidebar for narrow windows,
 * remembered in the window layout with the sidebar's width in pixels; in a window too narrow for one row, the day
 * bar's orders move to a row of their own ({@link org.paperfeed.ui.DayBarView#ordersRow}). The sidebar takes the
 * keyboard focus, its arrows stepping from view to view. The reading pane's {@link org.paperfeed.ui.AuthorLine} shows
 * the first authors and "and N more".
 * For you, the reader's own ranking ({@link org.paperfeed.app.ForYou}), is a sidebar entry and an order of every view
 * ({@link org.paperfeed.ui.ListOrder}): {@link org.paperfeed.ui.ForYouOrder} scores a view's papers in the background
 * and keeps the result as a frozen {@link org.paperfeed.ui.ForYouRanking} until the user re-ranks or the view
 * changes, the line under the search saying "Ranking by your interests…" while a list is ranked anew (the first
 * time, after Re-rank, For you moving on to a new day); the For you feed keeps in the papers it listed during the
 * reader's visit, read or starred there since, through its reloads ({@code FeedViewModel}'s visit), so that none
 * leaves the list from under the reader; rows carry the matched interest as a badge, the reading pane a
 * {@link org.paperfeed.ui.WhySection}, and
 * {@link org.paperfeed.ui.InterestsDialog} lists the interests with a switch and a reset. Stars, tags and {@code x}
 * ask the app to retrain soon from the background thread that saved the mark, never from the FX thread.
 * A star, a read mark and {@code x} show in the list and the pane at once, before they are saved, and are taken back,
 * saying why, if saving fails ({@link org.paperfeed.ui.MarksAhead}, shared by the pane, the list and triage through
 * {@link org.paperfeed.ui.ViewModels}): they are saved one after another in the order made, and the app's news of a
 * paper is shown with the marks still being saved laid over it. The sidebar's and the day bar's counts follow them at
 * once too: the marks they have not counted yet ({@link org.paperfeed.ui.UncountedMarks}) are laid over what they
 * counted, each count changed by what it counts ({@link org.paperfeed.ui.CountsAhead}), and they recount in the
 * marks' saving order, so that a recount holds exactly the marks made before it was asked for.
 * The reading pane hosts a {@code NoteEditor} ({@code n}), which saves the note as it is typed
 * ({@link org.paperfeed.ui.NoteEditorModel}: one save at a time, in order).
 * A second start on a library whose window is open brings that window forward and ends
 * ({@link org.paperfeed.app.WindowHandoff}); {@link org.paperfeed.ui.AboutDialog} shows the version, the data folder
 * and the licences. A start from the command line opens the library while JavaFX starts its toolkit
 * ({@link org.paperfeed.ui.EarlyOpen}; an index that must be rebuilt first is shown in a window of its own,
 * {@link org.paperfeed.ui.RebuildWindow}, until the main window is up), while the FX thread loads the stylesheets (the build turns each into JavaFX's
 * binary form beside it) and the controls' skins
 * ({@link org.paperfeed.ui.EarlyStyles}), and what the first screen does not show is built when first shown (the reading pane's {@link org.paperfeed.ui.ReaderPage},
 * the key list); {@link org.paperfeed.ui.FirstScreenProbe} reports when a full screen of rows is
 * drawn, only for the benchmark ({@code -Dpaperfeed.bench.firstScreen}). {@code Application.init} then reads what
 * the first view lists (the day bar's counts for the latest day, and the first page of the view: {@link
 * org.paperfeed.ui.StartingRows}), which the view models take before the window is shown, so the window's first frame
 * holds its rows; a first list that asks for anything else searches as any list does. The library is read from its last commit
 * until the first rows are drawn ({@link org.paperfeed.app.AppServices#openReadingFirst}); its index writer, the
 * sources list, the sidebar's and day bar's counts (the day bar's first, when the start is on the latest day: its
 * list waits for them rather than list every day first; {@code MainWindow#show}), the refresh of the sources,
 * warm-up searches until the reader asks for a list (so the first keystrokes' search code is compiled;
 * {@code FeedViewModel#warmUpSearch}) and the formula fonts start after they are drawn ({@link org.paperfeed.ui.AfterFirstRows}), and the first list is counted
 * exactly just after its rows are shown; the formula fonts' warm-up waits until the reader is not typing
 * ({@link org.paperfeed.app.UserActivity}). A list highlights the rows it shows: a new list about a screenful, the
 * others as they come on the screen ({@code FeedViewModel#rowShown}); a row grows when its snippet or a tag arrives,
 * and a list scrolled to its end keeps its last row on the screen ({@link org.paperfeed.ui.ListEndKeeper}). A new
 * list (another day, search, view or order) opens at its top, a reload of the same one where the reader was
 * ({@link org.paperfeed.ui.ListPlace}, told which is which by {@code FeedViewModel#listsOpened}). A new
 * row is given the list's width before it is first measured, so the first layout fills the screen
 * ({@code FeedCell}), not one row a pulse. A row's listing line keeps its rank and upvotes and shortens an imported
 * file's source name first ({@link org.paperfeed.ui.FormsLabel}); Enter in the search field selects the search's
 * first paper once its rows land ({@code FeedViewModel#whenListed}).
 *
 * <p>{@link org.paperfeed.ui.ReaderSync} keeps the reading pane on the list's selection and current query (a related
 * paper the list lacks opens with Back); {@link org.paperfeed.ui.KeyGuide} lists every key, shown by
 * {@link org.paperfeed.ui.KeyOverlay} ({@code ?}); {@link org.paperfeed.ui.RowMenu} is each row's context menu over
 * {@link org.paperfeed.ui.PaperActions} (open, copy; copies go through {@link org.paperfeed.ui.TextClipboard});
 * {@link org.paperfeed.ui.EmptyList} says why a list is empty (a search empty on the day bar's days with how many
 * papers it finds on other days, counted in the background; For you with how far the reader's marks have come);
 * {@link org.paperfeed.ui.TypedQuery} lets the word being
 * typed match as a prefix, so typing never empties the list, and searches a phrase whose closing quote is not typed
 * yet as if it were (saved, it must be closed); Enter searches the text as written ({@code FeedViewModel#commitSearch}).
 * Under a query that is not one yet the list keeps the last search that worked, dimmed.
 *
 * <p>Views are built in code with their view models passed in; there is no FXML and no static locator. Each view
 * model is handed the few app use cases it calls, never the whole {@code AppServices}, which only
 * {@link org.paperfeed.ui.PaperFeedApplication} (where the window is put together) holds, after
 * {@link org.paperfeed.ui.EarlyOpen} opened it beside the toolkit's start; a test can thus hand a view
 * model its own parts ({@code NoteEditorModelTest} needs no library). Nothing
 * that blocks runs on the FX thread: view models go through {@link org.paperfeed.ui.task.TaskExecutor} (the window
 * gives them a shared pool of two threads; the list's searches, next pages and snippets two threads of their own, so
 * a keystroke never waits behind the counts and warm-up searches the first rows start; For-you ranking and the
 * refresh one each), and app events, which arrive on whatever thread made the change, hop back with {@code runOnUi}. An answer to a request the
 * user has since moved past (a search typed over, another paper shown) is dropped: every such request takes a
 * {@link org.paperfeed.ui.LatestOnly} ticket. Stylesheets live in
 * {@code resources/org/paperfeed/ui}: one colors file plus one per region, class names in {@link org.paperfeed.ui.Css}.
 *
 * <p>This package may use only {@code org.paperfeed.app..} and {@code org.paperfeed.model..}: never the library,
 * ingest, Lucene or OkHttp. Titles and abstracts are shown as inert text, never as HTML.
 *
 * <p>Their LaTeX is read through {@link org.paperfeed.model.latex.LatexText}: rows show the Unicode form, and the
 * reading pane's title and abstract are {@link org.paperfeed.ui.MathTextFlow}s. In both, and in the pane's other
 * wrapped text a feed or the reader wrote ({@link org.paperfeed.ui.WrappedText}: the facts line, the AI summary, the
 * Why's interest and note, which name the reader's tags; the sidebar's source names; the window's notices and the
 * empty list's words, which name the search as typed; and the related papers' titles, {@link
 * org.paperfeed.ui.WrappedLink}s), each word JavaFX shapes as complex text, such as N with a combining macron, is a
 * node of its own ({@link org.paperfeed.ui.ComplexWords}): JavaFX 21 draws a wrapped run holding one whole on its
 * first line. The note editor, a text area that lays out its own text, still shows it: a note's first line is cut
 * at the editor's edge and its words shown again below. The pane's
 * formulas {@link org.paperfeed.ui.MathRenderer} typesets (JLaTeXMath drawn on a canvas through FXGraphics2D) on a
 * thread of its own, bounded in size and time; a formula it cannot typeset shows its source. JLaTeXMath and
 * FXGraphics2D are used here only. The authors the list's search matched are marked on the pane's author line
 * ({@link org.paperfeed.ui.AuthorLine}). The web addresses written in an abstract are links there ({@link org.paperfeed.ui.TextLinks}, with
 * autolink, and bare ones such as {@code github.com/name/repo} with a path or a {@code github.io} page; Tab reaches
 * each, Enter opens it), opened only when {@link org.paperfeed.ui.SafeLinks} allows it, as every link the window opens. The
 * reading pane's Why follows each retraining of For you, and says what For you's view says while it ranks nothing.
 */
package org.paperfeed.ui;
