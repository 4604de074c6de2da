package org.paperfeed.ui;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.LinkType;

/**
 * A row's context menu (right click, or the Menu key on the selected row): everything the keys do to a paper, named.
 * Opening the menu selects its row, so the reading pane shows the paper the menu acts on and says how it went.
 * Actions the paper cannot support (no link, no PDF) are left out rather than offered and refused.
 */
final class RowMenu {

    private final FeedViewModel feed;
    private final TriageViewModel triage;
    private final ReaderView reader;

    RowMenu(FeedViewModel feed, TriageViewModel triage, ReaderView reader) {
        this.feed = feed;
        this.triage = triage;
        this.reader = reader;
    }

    /** The menu for one cell; its items are refilled for the cell's paper each time it opens. */
    ContextMenu forCell(ListCell<FeedRow> cell) {
        ContextMenu menu = new ContextMenu();
        menu.setId("row-menu");
        // A menu without items never opens (nor asks to be filled): one stands in until the first opening.
        menu.getItems().add(new MenuItem("…"));
        menu.setOnShowing(e -> {
            FeedRow row = cell.getItem();
            if (row == null) {
                return;
            }
            cell.getListView().getSelectionModel().select(cell.getIndex());
            menu.getItems().setAll(items(row.entry(), cell));
        });
        return menu;
    }

    /** The paper as it is now: its marks may have changed since the menu opened (shown, it was marked read). */
    private LibraryPaper now(LibraryPaper paper) {
        return feed.row(paper.id().value()).map(FeedRow::entry).orElse(paper);
    }

    private java.util.List<MenuItem> items(LibraryPaper paper, ListCell<FeedRow> cell) {
        PaperActions actions = reader.actions();
        java.util.List<MenuItem> items = new java.util.ArrayList<>();
        if (PaperActions.primaryLink(paper).isPresent()) {
            items.add(item("open-abstract", "Open abstract page (o)", () -> actions.openPrimary(paper)));
        }
        if (PaperActions.link(paper, LinkType.PDF).isPresent()) {
            items.add(item("open-pdf", "Open PDF", () -> actions.open(paper, LinkType.PDF)));
        }
        if (PaperActions.primaryLink(paper).isPresent()) {
            items.add(item("copy-link", "Copy link (c)", () -> actions.copyLink(paper)));
        }
        items.add(item("copy-bibtex", "Copy BibTeX (b)", () -> actions.copyBibtex(paper)));
        items.add(item("copy-title", "Copy title", () -> actions.copyTitle(paper)));
        items.add(new SeparatorMenuItem());
        // Each item does what it is named, whatever the paper's marks became since the menu opened: a toggle of the
        // paper as it is now would undo a change the opening made (shown, it was marked read, and "Mark read" then
        // marked it unread).
        boolean star = !paper.state().starred();
        items.add(item("star", star ? "Star (s)" : "Unstar (s)", () -> {
            if (now(paper).state().starred() != star) {
                feed.toggleStar(now(paper));
            }
        }));
        items.add(item("tag", "Add a tag… (t)", () -> {
            cell.getListView().getSelectionModel().select(cell.getIndex());
            reader.focusTags();
        }));
        boolean read = !paper.state().read();
        items.add(item("read", read ? "Mark read (m)" : "Mark unread (m)", () -> {
            if (now(paper).state().read() != read) {
                feed.toggleRead(now(paper));
            }
        }));
        boolean dismiss = !paper.state().notInterested();
        items.add(item("not-interested", dismiss ? "Not interested (x)" : "Interested again (x)", () -> {
            if (now(paper).state().notInterested() != dismiss) {
                triage.toggleNotInterested(now(paper));
            }
        }));
        return items;
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId("row-menu-" + id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
