package org.paperfeed.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.paperfeed.app.prefs.Theme;
import org.paperfeed.app.prefs.WindowLayout;

/** The window's content: toolbar over sidebar | feed | reading pane, and the wiring between their view models. */
public final class MainWindow extends BorderPane {

    private final SplitPane split;
    private final FeedView feed;
    private final SidebarView sidebar;
    private final ReaderView reader;
    private final Shortcuts shortcuts;
    private final NoticeBar notices = new NoticeBar();
    /** Keeps the reading pane on the list's selection and current query. */
    private ReaderSync readerSync;
    private final KeyOverlay keys = new KeyOverlay();
    /** The least room between the key overlay and the window's edges. */
    private static final double KEYS_MARGIN = 12;
    private ToolBar toolbar;
    /** How long the toolbar shows the last triage's message and Undo. */
    private UndoOffer undoOffer;
    /** Collapses the sidebar in narrow windows; remembered. At the start of the day bar, above the sidebar. */
    private SidebarToggle sidebarToggle;

    public MainWindow(ViewModels models, LinkOpener opener, Runnable applyTheme) {
        getStyleClass().add(Css.WINDOW);
        sidebar = new SidebarView(models.sidebar());
        feed = new FeedView(models.feed(), models.sidebar());
        reader = new ReaderView(models.reader(), opener, paper -> readerSync.openRelated(paper));
        split = new SplitPane(sidebar, feed, reader);
        split.setOrientation(Orientation.HORIZONTAL);
        SplitPane.setResizableWithParent(sidebar, false);
        WindowLayout layout = models.settings().get().window();
        split.setDividerPositions(layout.sidebarDivider(), layout.readerDivider());
        // The day bar runs the width of the window under the toolbar, like a newspaper's dateline: the middle
        // column alone is too narrow for the day, its counts and the choices beside it.
        DayBarView dayBar = new DayBarView(models.dayBar(), models.feed(),
                () -> new InterestsDialog(models.interests(), getScene().getWindow()).show());
        dayBar.afterPicking(() -> feed.list().requestFocus());
        undoOffer = new UndoOffer(models.triage(), models.feed());
        toolbar = toolbar(models, applyTheme);
        // Beside the day bar, not in the toolbar: the toolbar's items (and what overflows first) stay as they were.
        sidebarToggle = new SidebarToggle(split, sidebar, models.settings());
        dayBar.getChildren().add(0, sidebarToggle);
        // The orders' row stays hidden unless the window is too narrow for them beside the days.
        setTop(new javafx.scene.layout.VBox(toolbar, notices, dayBar, dayBar.ordersRow()));
        setCenter(split);
        shortcuts = new Shortcuts(feed, reader, models.reader(), models.refresh(), models.dayBar(), models.triage());

        models.sidebar().selectedProperty().addListener((obs, old, f) -> {
            // Followed from the day bar (followDays), the list already shows it: stepping the bar again would undo it.
            if (!models.sidebar().following()) {
                show(models, f);
            }
        });
        models.dayBar().searchedProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !models.feed().searchTextProperty().get().isBlank(), models.feed().searchTextProperty()));
        // Heard before linkDays' listener, so that the list then lists the new days once, under the feed they make.
        models.dayBar().rangeProperty().addListener((obs, old, range) -> followDays(models));
        models.dayBar().countsProperty().addListener((obs, old, counts) -> followNewerDay(models, old, counts,
                feed.list().getSelectionModel().isEmpty() && models.feed().showsItsTop()));
        linkDays(models);
        readerSync = new ReaderSync(feed.list(), models.feed(), models.reader());
        // Not in a BorderPane region: laid out over the window by layoutChildren.
        getChildren().add(keys);
        shortcuts.with(keys, readerSync, reader.actions()).dismissingNotices(notices::dismissShown);
        feed.useRowMenu(new RowMenu(models.feed(), models.triage(), reader));
        models.triage().onPutBack(paper -> {
            if (!models.feed().leavesOut(paper)) {
                models.reader().showPutBackAsItIs(paper.id());
            }
            feed.comeBackTo(paper);
        });
    }

    /**
     * The key overlay, when shown, sits centred over the window, above the three regions, no taller than the window
     * leaves it (its rows then scroll). A margin of 12 all round: with 20 the whole list missed fitting 1280 by 800 by
     * a few pixels, and its last row scrolled.
     */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (keys.isVisible()) {
            double width = Math.min(keys.prefWidth(-1), getWidth() - 2 * KEYS_MARGIN);
            double height = Math.min(keys.prefHeight(width), getHeight() - 2 * KEYS_MARGIN);
            keys.resizeRelocate(Math.round((getWidth() - width) / 2), Math.round((getHeight() - height) / 2),
                    width, height);
        }
    }

    /**
     * "Latest day" is every paper on the day bar's latest day, and For you ranks from it (the bar's controls resting
     * there); "All papers" leaves the day view; others keep it.
     */
    static void show(ViewModels models, Feed feed) {
        boolean latestDay = feed.equals(Feed.TODAY) || feed.forYou();
        // The bar steps first, and the list waits for the view to list it once: it had listed the view it was
        // leaving for the new days, then the new view.
        models.feed().withoutListing(() -> {
            // The bar rests in For you only, and must stop resting before it steps: bound to the feed shown, it
            // still rested here on the way from For you to All papers, refused "All days", and the list stayed on
            // the day.
            models.dayBar().restingProperty().set(feed.forYou());
            models.dayBar().viewProperty().set(feed);
            if (latestDay) {
                models.dayBar().latest();
            } else if (feed.equals(Feed.ALL)) {
                models.dayBar().allDays();
            }
        });
        if (latestDay && !models.dayBar().countedProperty().get()) {
            models.feed().showFeedOnceDaysKnown(feed);
        } else {
            models.feed().showFeed(feed);
        }
    }

    /**
     * The list shows the day bar's days, and a view waiting for the latest day is told when the days are counted.
     * Whether the bar rests (For you) is {@link #show}'s to say.
     */
    static void linkDays(ViewModels models) {
        models.dayBar().rangeProperty().addListener((obs, old, range) -> models.feed().showDays(range));
        models.dayBar().countedProperty().addListener((obs, was, counted) -> {
            if (counted) {
                models.feed().daysCounted();
            }
        });
    }

    /**
     * Latest day and All papers list the same papers, every one, Latest day on the latest day: when the day bar moves
     * the list off the latest day (◀, the picker, a week, All days) the list shows All papers on those days, and when
     * it comes back to the latest day alone, Latest day. The list and the sidebar follow: "Latest day · 1 Jul" had
     * stayed selected over 30 Jun's papers, and "All papers" over one day's. The other entries keep their selection
     * on any day (the bar's days apply on top of them).
     */
    static void followDays(ViewModels models) {
        Feed listed = models.feed().feedProperty().get();
        if (!(listed.equals(Feed.TODAY) || listed.equals(Feed.ALL)) || models.dayBar().restingProperty().get()) {
            return;
        }
        Feed shown = models.dayBar().onLatestDay() ? Feed.TODAY : Feed.ALL;
        if (shown.equals(listed)) {
            return;
        }
        models.dayBar().viewProperty().set(shown);
        // Not listed here: the day bar's new days list it, next.
        models.feed().withoutListing(() -> models.feed().showFeed(shown));
        models.sidebar().follow(shown);
    }

    /**
     * A refresh brought a day newer than the latest while the list showed Latest day on it. A reader who has not
     * started on the list ({@code untouched}: no paper chosen, the list at its top; the morning's first refresh, the
     * window opened on yesterday) sees Latest day move on to the new day, as a window opened after the refresh would
     * show. A reader who has is left on the day being read, the list where it was: that day is no longer the latest,
     * so the list is All papers on it and the sidebar follows ({@link #followDays}), its Latest day naming the new day
     * a click away. "Latest day" had stayed highlighted over the older day's papers. A latest day that only goes back
     * (its last papers dismissed or removed) changes nothing here.
     *
     * <p>For you, which ranks from the day the bar names, does the same: an untouched For you ranks the new day and
     * the week before it; a reader in the middle of it keeps the list they were reading, in its order (its reloads
     * rank from the older day still), and the bar offers the new day ({@link DayBarViewModel#newerDayProperty}).
     * For you had gone on with the older day under its name, the new day's papers put below the frozen order.
     */
    static void followNewerDay(ViewModels models, java.util.List<org.paperfeed.model.DayCount> before,
                               java.util.List<org.paperfeed.model.DayCount> now, boolean untouched) {
        if (before == null || before.isEmpty() || now == null || now.isEmpty()
                || !now.get(0).day().isAfter(before.get(0).day())
                || !before.get(0).day().equals(models.dayBar().dayProperty().get())
                || models.dayBar().unitProperty().get() != org.paperfeed.model.DayUnit.DAY) {
            return;
        }
        if (models.feed().feedProperty().get().forYou() && models.dayBar().restingProperty().get()) {
            if (untouched) {
                models.dayBar().latest(); // the bar's new day is a new window: the list ranks it anew
            }
            return;
        }
        if (!models.feed().feedProperty().get().equals(Feed.TODAY) || models.dayBar().restingProperty().get()) {
            return;
        }
        if (untouched) {
            models.dayBar().latest(); // the list follows the bar's new day, still Latest day
        } else {
            followDays(models);
        }
    }

    /** Adds a control at the toolbar's end (the About button), outside the keyboard's tab order like the rest. */
    void addToToolbar(javafx.scene.Node item) {
        item.setFocusTraversable(false);
        toolbar.getItems().add(item);
    }

    private ToolBar toolbar(ViewModels models, Runnable applyTheme) {
        Button refresh = new Button("Refresh", Icons.of(Icons.REFRESH));
        refresh.setId("refresh");
        refresh.setTooltip(new Tooltip("Fetch new papers from the sources (r)"));
        refresh.disableProperty().bind(models.refresh().availableProperty().not()
                .or(models.refresh().runningProperty()));
        refresh.setOnAction(e -> models.refresh().refresh());
        Label refreshMessage = new ShortLabel(MESSAGE_LEAST);
        refreshMessage.setId("refresh-message");
        refreshMessage.getStyleClass().add(Styles.TEXT_MUTED);
        refreshMessage.textProperty().bind(models.refresh().messageProperty());
        ToggleButton dark = new ToggleButton(null, Icons.of(Icons.THEME));
        dark.setId("theme");
        dark.setTooltip(new Tooltip("Dark theme"));
        dark.setSelected(models.settings().get().theme() == Theme.DARK);
        dark.selectedProperty().addListener((obs, was, on) -> {
            models.settings().update(p -> p.withTheme(on ? Theme.DARK : Theme.LIGHT));
            applyTheme.run();
        });
        CheckBox markRead = new CheckBox("Mark read when shown");
        markRead.setId("mark-read-on-open");
        markRead.setFocusTraversable(false);
        markRead.setSelected(models.settings().get().markReadOnOpen());
        models.reader().markReadOnOpenProperty().bind(markRead.selectedProperty());
        markRead.selectedProperty().addListener((obs, was, on) ->
                models.settings().update(p -> p.withMarkReadOnOpen(on)));
        Label app = new Label("PaperFeed");
        app.getStyleClass().addAll(Css.APP_NAME, Styles.TEXT_BOLD);
        Label triageMessage = triageMessage(models.triage(), undoOffer);
        // The two messages take the room the controls leave, shared between them, each up to its whole text; the
        // gap between them takes what they leave (ALWAYS grows before SOMETIMES), the controls kept at the right end.
        // The Undo offer's message had been cut at a fixed 200 pixels with hundreds free.
        HBox.setHgrow(refreshMessage, Priority.ALWAYS);
        HBox.setHgrow(triageMessage, Priority.ALWAYS);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.SOMETIMES);
        HBox triage = triage(models, undoOffer);
        FittingToolBar bar = new FittingToolBar(app, refresh, refreshMessage, gap, triageMessage, triage, markRead,
                dark);
        bar.compactWith(app, (Button) triage.lookup("#mark-all-read"), gap, java.util.List.of(refreshMessage,
                triageMessage));
        bar.getStyleClass().add(Css.TOOLBAR);
        for (javafx.scene.Node n : bar.getItems()) {
            n.setFocusTraversable(false);
        }
        return bar;
    }

    /**
     * The width a toolbar message asks for, the least it is cut to when the toolbar has no more room (at 1,024
     * pixels, with an Undo offered). Both messages at 180 and 200 pixels had sent "Mark read when shown", the theme
     * and About into the overflow menu there.
     */
    static final double MESSAGE_LEAST = 80;

    /**
     * A toolbar that decides again which items fit whenever one of them changes width (a message or the Undo shown
     * or gone), not only when the window is resized. JavaFX 21's ToolBarSkin does it afresh only for a new width or
     * a new list of items; otherwise it only corrects its overflow state and does so with the old state: going into
     * overflow it left no room for the overflow button, so every item was squeezed ("Paper…", "Ref…", the mute icon
     * half cut), and coming out it still kept that room, About left in the menu with a gap beside it, until the
     * window was resized. Setting the same items again is the list change that makes it lay them all out anew.
     */
    private static final class FittingToolBar extends ToolBar {
        /** The toolbar's spacing between items ({@code .pf-toolbar} in window.css). */
        private static final double SPACING = 10;

        private java.util.List<Double> widths = java.util.List.of();
        private Label name;
        private Button markAll;
        private Region gap;
        private java.util.List<Label> messages = java.util.List.of();
        private boolean compact;
        /** What the app's name and "Mark all read" take beyond its icon, measured while they are shown whole. */
        private double compactSaves;

        FittingToolBar(javafx.scene.Node... items) {
            super(items);
        }

        /**
         * The toolbar's messages come before the app's name (the window's title says it) and Mark all read's label
         * (its icon and tooltip stay): when a message is cut short, the name goes and the button shows its icon only;
         * they come back once the {@code gap} has room for them beside the whole messages. At 1,024 pixels the
         * messages had been cut to "Offline: n…" and "Not inter…" beside both.
         */
        void compactWith(Label appName, Button markAllRead, Region free, java.util.List<Label> shown) {
            this.name = appName;
            this.markAll = markAllRead;
            this.gap = free;
            this.messages = java.util.List.copyOf(shown);
        }

        /**
         * Lays the items out, then decides on the widths they were just given whether to go compact or back, and if
         * it changed, lays them out again at once. It had decided on the widths of the layout before: a message
         * whose text had just grown ("Refreshing… 0 of 5 sources") read as cut, and a layout the toolbar asks for
         * from within its own is dropped, so the toolbar stayed compact, its name gone beside 600 empty pixels.
         */
        @Override
        protected void layoutChildren() {
            for (int pass = 0; pass < 2; pass++) {
                java.util.List<Double> now = getItems().stream()
                        .map(n -> n.isManaged() ? snapSizeX(n.prefWidth(-1)) : -1.0).toList();
                if (!now.equals(widths)) {
                    widths = now;
                    getItems().setAll(java.util.List.copyOf(getItems()));
                }
                super.layoutChildren();
                if (name == null) {
                    return;
                }
                // The items' box lays them out after this method, in the same pass: now, to measure them.
                if (gap.getParent() != null && gap.getParent() != this) {
                    gap.getParent().layout();
                }
                if (!fitMessages()) {
                    return;
                }
            }
        }

        /**
         * Goes compact when a message is drawn short, and back when the whole toolbar would fit again; true when it
         * did either.
         */
        private boolean fitMessages() {
            boolean cut = messages.stream().anyMatch(m -> m.isManaged() && m.getScene() != null
                    && m.getWidth() < m.maxWidth(-1) - 0.5);
            if (!compact && cut) {
                compactSaves = name.prefWidth(-1) + SPACING + TextFit.width(markAll.getText(), markAll.getFont())
                        + markAll.getGraphicTextGap();
                compact(true);
                return true;
            } else if (compact && !cut && gap.getWidth() >= compactSaves) {
                compact(false);
                return true;
            }
            return false;
        }

        private void compact(boolean on) {
            compact = on;
            name.setVisible(!on);
            name.setManaged(!on);
            markAll.setContentDisplay(on ? javafx.scene.control.ContentDisplay.GRAPHIC_ONLY
                    : javafx.scene.control.ContentDisplay.LEFT);
            markAll.applyCss();
        }
    }

    /** What the last change did ("Not interested: …", "Marked 74 papers read"), while it is offered. */
    private static Label triageMessage(TriageViewModel triage, UndoOffer offer) {
        Label message = new ShortLabel(MESSAGE_LEAST);
        message.setId("triage-message");
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty().bind(triage.messageProperty());
        message.visibleProperty().bind(offer.showingProperty());
        message.managedProperty().bind(message.visibleProperty());
        return message;
    }

    /**
     * "Mark all read" for the whole view, and the last change's Undo while it is offered ({@link UndoOffer}), after
     * its message ({@link #triageMessage}); Ctrl+Z takes it back after that too.
     */
    private static HBox triage(ViewModels models, UndoOffer offer) {
        TriageViewModel triage = models.triage();
        Button markAll = new Button("Mark all read", Icons.of(Icons.MARK_ALL_READ));
        markAll.setId("mark-all-read");
        markAll.setTooltip(new Tooltip("Mark every paper in this view read, not only the rows loaded (undoable)"));
        // The Muted view lists what rules hide: marking those read is not what a morning's triage is for. For you is
        // a ranking across a week of days, not a view the library can mark whole.
        markAll.disableProperty().bind(triage.busyProperty().or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> models.feed().feedProperty().get().muted() || models.feed().feedProperty().get().forYou(),
                models.feed().feedProperty())));
        markAll.setOnAction(e -> triage.markAllRead(models.feed().view()));
        Button undo = new Button("Undo");
        undo.setId("undo");
        undo.getStyleClass().add(Styles.ACCENT);
        undo.visibleProperty().bind(triage.canUndoProperty().and(offer.showingProperty()));
        undo.managedProperty().bind(undo.visibleProperty());
        // Not greyed while a change is saved: x shows at once, and an Undo pressed then runs once it is saved.
        undo.setOnAction(e -> triage.undo());
        Button mutes = new Button(null, Icons.of(Icons.MUTE));
        mutes.setId("mute-rules");
        mutes.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        mutes.setTooltip(new Tooltip("Mute rules: hide papers matching a query from day and source views"));
        mutes.setOnAction(e -> new MuteRulesDialog(models.muteRules(), mutes.getScene().getWindow()).show());
        HBox box = new HBox(undo, markAll, mutes);
        box.getStyleClass().add(Css.UNDO_BAR);
        box.getChildren().forEach(n -> n.setFocusTraversable(false));
        return box;
    }

    /**
     * Something the user must know but need not act on now (the library was rebuilt): never a dialog. Shown after
     * those before it are dismissed ({@link NoticeBar}).
     */
    public void showNotice(String text) {
        notices.add(text);
    }

    /** A notice with a Copy button for {@code copyable} (a link the window could not open). */
    void showNotice(String text, String copyable) {
        notices.add(text, copyable);
    }

    /** Where Copy link, Copy BibTeX, Copy title and a notice's Copy put their text (unless told, the system's). */
    void useClipboard(TextClipboard clipboard) {
        reader.actions().clipboard(clipboard);
        notices.clipboard(clipboard);
    }

    public void installShortcuts() {
        shortcuts.install(getScene());
    }

    /** The layout to remember: window size from the stage, dividers from here. */
    public WindowLayout layout(double width, double height) {
        return sidebarToggle.layout(width, height);
    }

    UndoOffer undoOffer() {
        return undoOffer;
    }

    SidebarToggle sidebarToggle() {
        return sidebarToggle;
    }

    public FeedView feed() {
        return feed;
    }

    public SidebarView sidebar() {
        return sidebar;
    }

    public ReaderView reader() {
        return reader;
    }
}
