package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paperfeed.model.HighlightedText;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperState;
import org.paperfeed.model.SearchHit;

/** The For-you order of a view: ranked once by score, then kept while marks, reloads and new papers come. */
class ForYouRankingTest {

    final Map<PaperId, ForYouMatch> scores = new HashMap<>();
    final List<List<PaperId>> asked = new ArrayList<>();
    final ForYouRanking.Scorer scorer = ids -> {
        asked.add(ids);
        Map<PaperId, ForYouMatch> found = new HashMap<>();
        ids.forEach(id -> {
            if (scores.containsKey(id)) {
                found.put(id, scores.get(id));
            }
        });
        return found;
    };

    @Test
    void ranksBestScoreFirstAndKeepsTheViewsOrderForTiesAndUnscoredPapers() throws Exception {
        score("2403.00002", "starred", 0.4);
        score("2403.00003", "tag:ml", 0.9);
        score("2403.00004", "starred", 0.4);

        ForYouRanking ranking = ForYouRanking.rank("day", hits("2403.00001", "2403.00002", "2403.00003",
                "2403.00004", "2403.00005"), scorer);

        assertThat(ranking.order()).extracting(PaperId::value)
                .containsExactly("2403.00003", "2403.00002", "2403.00004", "2403.00001", "2403.00005");
        assertThat(ranking.matches().get(PaperId.arxiv("2403.00003")).badge()).isEqualTo("like #ml");
    }

    @Test
    void aReloadKeepsTheOrderEvenWhenScoresChangeAndRanksOnlyNewPapersBelow() throws Exception {
        score("2403.00001", "starred", 0.2);
        score("2403.00002", "starred", 0.8);
        ForYouRanking ranking = ForYouRanking.rank("day", hits("2403.00001", "2403.00002"), scorer);
        // The interests learned since: the old papers would now rank the other way round, and a new one tops both.
        score("2403.00001", "starred", 0.9);
        score("2403.00002", "starred", 0.1);
        score("2403.00003", "starred", 0.95);
        asked.clear();

        ForYouRanking kept = ranking.extend(hits("2403.00001", "2403.00002", "2403.00003"), scorer);

        assertThat(kept.order()).extracting(PaperId::value).containsExactly("2403.00002", "2403.00001", "2403.00003");
        assertThat(asked).as("only the new paper is scored").containsExactly(List.of(PaperId.arxiv("2403.00003")));
        // A paper gone from the view (dismissed) leaves the list; the rest keep their places.
        assertThat(kept.arrange(hits("2403.00003", "2403.00001"))).extracting(h -> h.entry().id().value())
                .containsExactly("2403.00001", "2403.00003");
    }

    private void score(String id, String interest, double score) {
        scores.put(PaperId.arxiv(id), new ForYouMatch(interest, score));
    }

    private static List<SearchHit> hits(String... ids) {
        List<SearchHit> hits = new ArrayList<>();
        for (String id : ids) {
            Paper paper = new Paper(PaperId.arxiv(id), "Paper " + id, "About " + id + ".", List.of(),
                    LocalDate.of(2024, 3, 7), "HF", List.of(), null, List.of());
            hits.add(new SearchHit(new LibraryPaper(paper, PaperState.UNTOUCHED, Instant.EPOCH), 0f,
                    HighlightedText.plain(paper.title()), HighlightedText.plain("")));
        }
        return hits;
    }
}
