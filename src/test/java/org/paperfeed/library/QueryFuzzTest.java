package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.SortOrder;

/**
 * Jazzer fuzz test of the search syntax, parsed and run on a small library with snippets: whatever the user types,
 * the answer is hits or a {@link QuerySyntaxException} with a message; never another exception or a hang.
 *
 * <p>{@code ./mvnw verify} replays {@code src/test/resources/org/paperfeed/library/QueryFuzzTestInputs/search/} in
 * its unit tests, then fuzzes for real for its {@code maxDuration} (the {@code fuzz} execution in {@code pom.xml}).
 */
class QueryFuzzTest {

    private static PaperLibrary library;
    private static Path folder;

    private static synchronized PaperLibrary library() {
        if (library == null) {
            try {
                folder = Files.createTempDirectory("paperfeed-query-fuzz");
                library = PaperLibrary.open(folder, Clock.systemUTC());
                List<Paper> papers = new ArrayList<>();
                papers.add(Papers.titled("Deep Nets: A Survey", "Neural networks with many layers, surveyed."));
                papers.add(Papers.arxiv("2403.01234", "Optimal transport for diffusion", "Sinkhorn iterations and "
                        + "Schrödinger bridges in generative models.", LocalDate.of(2024, 3, 11), "Ana Müller"));
                papers.add(Papers.arxiv("2401.00001", "Attention is all you need, again", "Transformers revisited "
                        + "with C++ and α-β pruning.", null, "Ada Lovelace", "Alan Turing"));
                library.add(papers);
                library.updateState(PaperId.arxiv("2403.01234"), s -> s.withStarred(true).withTags(List.of("ot")));
            } catch (IOException | PaperNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return library;
    }

    @FuzzTest(maxDuration = "10s")
    void search(String query) throws IOException {
        if (query == null) {
            return; // Jazzer's first input; nobody can type it
        }
        try {
            library().search(new LibraryQuery(query, PaperFilter.NONE, SortOrder.RELEVANCE, 10, 10));
            library().search(new LibraryQuery(query, new PaperFilter(true, true, "ot"), SortOrder.DATE, 10, 10));
        } catch (QuerySyntaxException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @AfterAll
    static void close() throws IOException {
        if (library != null) {
            library.close();
            library = null;
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }
}
