package org.paperfeed.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperState;

/**
 * What a change to several papers did: each paper as it is now, in the order asked, and each one's state before,
 * which {@link MarkPapers#undo} puts back (the window's undo of "mark all read").
 */
public record MarkedPapers(List<LibraryPaper> papers, Map<PaperId, PaperState> previous) {

    public MarkedPapers {
        papers = List.copyOf(papers);
        previous = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(previous));
    }

    /** How many papers the change actually changed. */
    public long changedCount() {
        return papers.stream().filter(p -> !p.state().equals(previous.get(p.id()))).count();
    }
}
