package org.paperfeed.ui;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.paperfeed.app.prefs.WindowLayout;

/**
 * The button at the start of the day bar that collapses the sidebar, for narrow windows where the list and the
 * reading pane need the width. Whether it is collapsed is kept in the preferences' window layout, so the next start
 * opens the same way.
 */
final class SidebarToggle extends ToggleButton {

    private final SplitPane split;
    private final Node sidebar;
    /**
     * The sidebar's width in pixels, kept while it is collapsed and restored when it comes back or the window opens:
     * the sidebar keeps its width when the window is resized ({@code setResizableWithParent(false)}), so a fraction
     * taken of another width than the one it was left at made it grow or shrink from start to start. Where the
     * divider stands, not the sidebar's own width: the divider put where the sidebar had ended left the sidebar
     * ending 2 pixels before it, and at 1,440 pixels the sidebar lost 2 pixels a start (231, 229, 227).
     */
    private double sidebarPixels;

    SidebarToggle(SplitPane split, Node sidebar, Settings settings) {
        super(null, Icons.of(Icons.SIDEBAR));
        this.split = split;
        this.sidebar = sidebar;
        setId("sidebar-toggle");
        getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        setTooltip(new Tooltip("Show or hide the sidebar"));
        setFocusTraversable(false);
        WindowLayout layout = settings.get().window();
        // The divider is remembered as a fraction of the window it was left in.
        sidebarPixels = layout.sidebarDivider() * layout.width();
        // Selected means shown: the button reads as "sidebar on" like the theme toggle reads as "dark on".
        setSelected(!layout.sidebarHidden());
        if (layout.sidebarHidden()) {
            hide(layout.readerDivider());
        }
        openAsWideAsLeft();
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
        if (sidebarShown() && sidebar instanceof Region region && region.getWidth() > 0) {
            // Of the width given, which is the width the window opens at next: there the sidebar gets its pixels back.
            sidebarPixels = dividerPixels();
        }
        return sidebarShown() ? new WindowLayout(width, height, sidebarPixels / width, dividers[1], false)
                : new WindowLayout(width, height, sidebarPixels / width, dividers[0], true);
    }

    /** Once the window has its width: the sidebar as many pixels wide as it was left, whatever that width is. */
    private void openAsWideAsLeft() {
        split.widthProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> width, Number old, Number now) {
                if (now.doubleValue() <= 0) {
                    return;
                }
                split.widthProperty().removeListener(this);
                if (sidebarShown()) {
                    double[] dividers = split.getDividerPositions();
                    double fraction = fractionOf(now.doubleValue());
                    split.setDividerPositions(fraction, Math.max(dividers[1], fraction + 0.1));
                }
            }
        });
    }

    /** Where the sidebar's divider stands, in pixels from the split's left edge, as {@link #fractionOf} reads it. */
    private double dividerPixels() {
        return split.getDividerPositions()[0] * split.getWidth();
    }

    /** The sidebar's remembered width as a divider position in a split this wide, leaving room for the rest. */
    private double fractionOf(double splitWidth) {
        return Math.max(0.05, Math.min(0.6, sidebarPixels / splitWidth));
    }

    private void hide(double readerDivider) {
        if (sidebarShown()) {
            if (sidebar instanceof Region region && region.getWidth() > 0) {
                sidebarPixels = dividerPixels();
            }
            split.getItems().remove(sidebar);
            split.setDividerPositions(readerDivider);
        }
    }

    private void show() {
        if (!sidebarShown()) {
            double readerDivider = split.getDividerPositions()[0];
            double fraction = split.getWidth() > 0 ? fractionOf(split.getWidth()) : 0.18;
            split.getItems().add(0, sidebar);
            split.setDividerPositions(fraction, Math.max(readerDivider, fraction + 0.1));
        }
    }
}
