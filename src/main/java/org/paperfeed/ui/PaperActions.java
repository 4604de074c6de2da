package org.paperfeed.ui;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.LinkType;

/**
 * What can be done with one paper beyond marking it: open its abstract or PDF, copy its link, BibTeX or title.
 * Each says how it went in one line ({@code say}): a paper with no link, or a browser that would not start, is
 * explained, never silently ignored.
 */
final class PaperActions {

    private final LinkOpener opener;
    private final Function<LibraryPaper, String> bibtex;
    private final Consumer<String> say;
    private TextClipboard clipboard = TextClipboard.system();

    PaperActions(LinkOpener opener, Function<LibraryPaper, String> bibtex, Consumer<String> say) {
        this.opener = opener;
        this.bibtex = bibtex;
        this.say = say;
    }

    /** The link {@code o} opens: the abstract page, else whatever primary link the source gave. */
    static Optional<String> primaryLink(LibraryPaper paper) {
        return paper.paper().primaryUrl().flatMap(SafeLinks::check);
    }

    static Optional<String> link(LibraryPaper paper, LinkType type) {
        return paper.paper().link(type).flatMap(SafeLinks::check);
    }

    void openPrimary(LibraryPaper paper) {
        open(primaryLink(paper), "This paper has no web link to open.");
    }

    void open(LibraryPaper paper, LinkType type) {
        open(link(paper, type), type == LinkType.PDF ? "This paper has no PDF link." : "This paper has no web link.");
    }

    private void open(Optional<String> url, String missing) {
        if (url.isEmpty()) {
            say.accept(missing);
            return;
        }
        try {
            opener.open(url.get());
        } catch (RuntimeException e) {
            // HostServices throws when the desktop has no browser to hand the link to.
            say.accept("No browser could be started for " + url.get() + " (" + e.getMessage() + ")");
        }
    }

    void copyLink(LibraryPaper paper) {
        Optional<String> url = primaryLink(paper);
        if (url.isEmpty()) {
            say.accept("This paper has no web link to copy.");
            return;
        }
        copy(url.get(), "Copied the link");
    }

    void copyBibtex(LibraryPaper paper) {
        copy(bibtex.apply(paper), "Copied the BibTeX entry");
    }

    void copyTitle(LibraryPaper paper) {
        copy(paper.paper().title(), "Copied the title");
    }

    private void copy(String text, String done) {
        clipboard.put(text);
        say.accept(done);
    }

    void clipboard(TextClipboard value) {
        this.clipboard = value;
    }
}
