package org.paperfeed.ui;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import org.paperfeed.app.prefs.WindowLayout;

/**
 * The button at the start of the day bar that collapses the sidebar, for narrow windows where the list and the
 * reading pane need the width. Whether it is collapsed is kept in the preferences' window layout, so the next start
 * opens the same way.
 */
final class SidebarToggle extends ToggleButton {

    private final SplitPane split;
    private final Node sidebar;
    /** The sidebar's divider while it is collapsed, restored when it comes back. */
    private double sidebarDivider;

    SidebarToggle(SplitPane split, Node sidebar, Settings settings) {
        super(null, Icons.of(Icons.SIDEBAR));
        this.split = split;
        this.sidebar = sidebar;
        setId("sidebar-toggle");
        getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        setTooltip(new Tooltip("Show or hide the sidebar"));
        setFocusTraversable(false);
        WindowLayout layout = settings.get().window();
        sidebarDivider = layout.sidebarDivider();
        // Selected means shown: the button reads as "sidebar on" like the theme toggle reads as "dark on".
        setSelected(!layout.sidebarHidden());
        if (layout.sidebarHidden()) {
            hide(layout.readerDivider());
        }
        selectedProperty().addListener((obs, was, shown) -> {
            if (shown) {
                show();
            } else {
                hide(split.getDividerPositions()[1]);
            }
            settings.update(p -> p.withWindow(p.window().withSidebarHidden(!shown)));
        });
    }

    boolean sidebarShown() {
        return split.getItems().contains(sidebar);
    }

    /** The two dividers to remember, as if the sidebar were shown: a collapsed one keeps its last width. */
    WindowLayout layout(double width, double height) {
        double[] dividers = split.getDividerPositions();
        return sidebarShown() ? new WindowLayout(width, height, dividers[0], dividers[1], false)
                : new WindowLayout(width, height, sidebarDivider, dividers[0], true);
    }

    private void hide(double readerDivider) {
        if (sidebarShown()) {
            sidebarDivider = split.getDividerPositions()[0];
            split.getItems().remove(sidebar);
            split.setDividerPositions(readerDivider);
        }
    }

    private void show() {
        if (!sidebarShown()) {
            double readerDivider = split.getDividerPositions()[0];
            split.getItems().add(0, sidebar);
            split.setDividerPositions(sidebarDivider, Math.max(readerDivider, sidebarDivider + 0.1));
        }
    }
}
