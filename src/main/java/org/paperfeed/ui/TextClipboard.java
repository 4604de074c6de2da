package org.paperfeed.ui;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Where copied text goes: the system clipboard in the window, a recording one in tests (headless has none). */
@FunctionalInterface
public interface TextClipboard {

    void put(String text);

    /** The desktop's clipboard; call on the FX thread. */
    static TextClipboard system() {
        return text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        };
    }
}
