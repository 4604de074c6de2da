package org.paperfeed.ui;

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

    public MainWindow(ViewModels models, LinkOpener opener, Runnable applyTheme) {
        getStyleClass().add("pf-window");
        sidebar = new SidebarView(models.sidebar());
        feed = new FeedView(models.feed(), models.sidebar());
        reader = new ReaderView(models.reader(), opener, paper -> models.reader().show(paper,
                models.feed().searchTextProperty().get()));
        split = new SplitPane(sidebar, feed, reader);
        split.setOrientation(Orientation.HORIZONTAL);
        SplitPane.setResizableWithParent(sidebar, false);
        WindowLayout layout = models.settings().get().window();
        split.setDividerPositions(layout.sidebarDivider(), layout.readerDivider());
        setTop(toolbar(models, applyTheme));
        setCenter(split);
        shortcuts = new Shortcuts(feed, reader, models.reader(), models.refresh());

        models.sidebar().selectedProperty().addListener((obs, old, f) -> models.feed().showFeed(f));
        feed.list().getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            var shown = models.reader().paperProperty().get();
            // A row replaced because its marks changed is the same paper: do not show it (and mark it) again.
            if (row != null && (shown == null || !shown.id().equals(row.entry().id()))) {
                models.reader().show(row.entry(), models.feed().searchTextProperty().get());
            }
        });
    }

    private ToolBar toolbar(ViewModels models, Runnable applyTheme) {
        Button refresh = new Button("Refresh", Icons.of(Icons.REFRESH));
        refresh.setId("refresh");
        refresh.setTooltip(new Tooltip("Fetch new papers from the sources (r)"));
        refresh.disableProperty().bind(models.refresh().availableProperty().not()
                .or(models.refresh().runningProperty()));
        refresh.setOnAction(e -> models.refresh().refresh());
        Label refreshMessage = new Label();
        refreshMessage.setId("refresh-message");
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
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label app = new Label("PaperFeed");
        app.getStyleClass().add("pf-app-name");
        ToolBar bar = new ToolBar(app, refresh, refreshMessage, gap, markRead, dark);
        bar.getStyleClass().add(Css.TOOLBAR);
        for (javafx.scene.Node n : bar.getItems()) {
            n.setFocusTraversable(false);
        }
        return bar;
    }

    public void installShortcuts() {
        shortcuts.install(getScene());
    }

    /** The layout to remember: window size from the stage, dividers from here. */
    public WindowLayout layout(double width, double height) {
        double[] dividers = split.getDividerPositions();
        return new WindowLayout(width, height, dividers[0], dividers[1]);
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
