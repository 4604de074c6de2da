package org.paperfeed.app.prefs;

/**
 * Where the user left the window: its size and the two dividers (sidebar | list | reading pane) as fractions, and
 * whether the sidebar was collapsed (a file from before the toggle reads as shown).
 */
public record WindowLayout(double width, double height, double sidebarDivider, double readerDivider,
                           boolean sidebarHidden) {

    public static final WindowLayout DEFAULT = new WindowLayout(1280, 820, 0.18, 0.55);

    public WindowLayout(double width, double height, double sidebarDivider, double readerDivider) {
        this(width, height, sidebarDivider, readerDivider, false);
    }

    public WindowLayout {
        // A file edited by hand or written by a crashed window must not open an invisible window.
        width = width >= 400 ? width : DEFAULT.width;
        height = height >= 300 ? height : DEFAULT.height;
        sidebarDivider = fraction(sidebarDivider, 0.18);
        readerDivider = fraction(readerDivider, 0.55);
    }

    public WindowLayout withSidebarHidden(boolean value) {
        return new WindowLayout(width, height, sidebarDivider, readerDivider, value);
    }

    private static double fraction(double value, double fallback) {
        return value > 0.05 && value < 0.95 ? value : fallback;
    }
}
