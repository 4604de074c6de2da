package org.paperfeed.library;

import java.time.LocalDate;
import java.util.List;
import org.paperfeed.model.LinkType;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperLink;

/** Hand-made papers for library tests. */
final class Papers {

    private Papers() {
    }

    static Paper titled(String title, String abstractText) {
        return new Paper(PaperId.fromTitle(title), title, abstractText, List.of(), null, "page", List.of(), null,
                List.of());
    }

    static Paper arxiv(String id, String title, String abstractText, LocalDate published, String... authors) {
        return new Paper(PaperId.arxiv(id), title, abstractText, List.of(authors), published, "hf-daily",
                List.of(new PaperLink(LinkType.ABSTRACT, "https://arxiv.org/abs/" + id)), 12, List.of("cs.LG"));
    }
}
