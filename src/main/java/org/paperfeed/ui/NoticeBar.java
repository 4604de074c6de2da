package org.paperfeed.ui;

import atlantafx.base.theme.Styles;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The window's notices (the library was rebuilt, a file was set aside, a link could not be opened), shown one at a
 * time under the toolbar in the order they came, each until the reader dismisses it; never a dialog. A new notice
 * had replaced the one showing, so a notice at the start ("import it again") could be gone before anyone read it.
 * Outside the toolbar, a long notice wraps rather than push the toolbar's controls into its overflow menu.
 */
final class NoticeBar extends HBox {

    /** What a notice says, and the text its Copy button copies (null: none, the notice is all there is). */
    private record Notice(String text, String copyable) {
    }

    private final Deque<Notice> waiting = new ArrayDeque<>();
    /** A notice may name what a reader or a feed wrote, in any script: {@link WrappedText}. */
    private final WrappedText wrapped = new WrappedText(Css.NOTICE_TEXT);
    private final Label text = wrapped.label();
    private final Button copy = new Button("Copy link");
    private final Button dismiss = new Button("Dismiss");
    private TextClipboard clipboard = TextClipboard.system();

    NoticeBar() {
        setId("notices");
        getStyleClass().add(Css.NOTICES);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        setPadding(new Insets(4, 8, 4, 8));
        text.setId("notice");
        text.getStyleClass().add(Styles.WARNING);
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        wrapped.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(wrapped, Priority.ALWAYS);
        copy.setId("notice-copy");
        copy.managedProperty().bind(copy.visibleProperty());
        copy.setOnAction(e -> {
            Notice shown = waiting.peek();
            if (shown != null && shown.copyable() != null) {
                clipboard.put(shown.copyable());
                // Copying shows nothing else: the button says it was done, as the reading pane's Copy BibTeX does.
                copy.setText("Copied");
            }
        });
        dismiss.setId("notice-dismiss");
        dismiss.setOnAction(e -> dismissShown());
        // Only the text gives way to a long notice (it wraps); the buttons keep their whole labels, which an HBox
        // short of room had cut to "..." along with it.
        copy.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(wrapped, copy, dismiss);
        getChildren().forEach(n -> n.setFocusTraversable(false));
        managedProperty().bind(visibleProperty());
        showFirst();
    }

    /** Shows {@code notice} now if no other is showing, else after those before it are dismissed. */
    void add(String notice) {
        add(notice, null);
    }

    /** As {@link #add(String)}, with a Copy button that copies {@code copyable} (a link the window could not open). */
    void add(String notice, String copyable) {
        Notice added = new Notice(notice, copyable);
        if (waiting.contains(added)) {
            return; // o pressed again on a link that cannot open: the notice saying so is already there, or waits
        }
        waiting.add(added);
        showFirst();
    }

    /** Dismisses the notice showing, as its button does (the next waiting one shows); false when none shows. */
    boolean dismissShown() {
        if (waiting.isEmpty()) {
            return false;
        }
        waiting.poll();
        showFirst();
        return true;
    }

    /** Where Copy puts its text (the system clipboard unless told). */
    void clipboard(TextClipboard value) {
        clipboard = value;
    }

    private void showFirst() {
        Notice first = waiting.peek();
        setVisible(first != null);
        text.setText(first == null ? "" : first.text());
        text.setTooltip(first == null ? null : new Tooltip(first.text()));
        copy.setVisible(first != null && first.copyable() != null);
        copy.setText("Copy link");
        int more = waiting.size() - 1;
        dismiss.setText(more > 0 ? "Next (" + more + " more)" : "Dismiss");
    }
}
