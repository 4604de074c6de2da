package org.paperfeed.library;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.paperfeed.model.LinkType;
import org.paperfeed.model.Listing;
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

    /**
     * Adds {@code count} papers published and listed on {@code day} (all match {@code sparse}), the first starred and
     * tagged {@code keep}, so a test of the read mark sees the other marks stay; returns their ids in order.
     */
    static List<PaperId> addADay(PaperLibrary library, LocalDate day, int count) throws Exception {
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = String.format("%02d%02d.%05d", day.getYear() % 100, day.getMonthValue(), i + 1);
            papers.add(arxiv(id, "Paper " + i + " on sparse transformers", "Abstract " + i + ".", day, "Author " + i)
                    .withListings(List.of(Listing.daily("hf-daily", day, i + 1, count - i, null))));
        }
        library.add(papers);
        List<PaperId> ids = papers.stream().map(Paper::id).toList();
        library.updateState(ids.get(0), s -> s.withStarred(true).withTags(List.of("keep")));
        return ids;
    }
}
