package org.paperfeed.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.SortOrder;

class RelatedPapersTest {

    @TempDir
    Path data;

    @Test
    void relatedPapersShareDistinctiveWords() throws Exception {
        try (AppServices app = SampleLibrary.open(data)) {
            app.imports().importBytes(SampleLibrary.resource(SampleLibrary.SAMPLE), "sample", "sample", null);
            LibraryPaper chimera = app.search().search("title:chimera", PaperFilter.NONE, SortOrder.RELEVANCE, 1)
                    .hits().get(0).entry();
            List<String> related = app.search().related(chimera.id().value(), 5).stream()
                    .map(p -> p.paper().title()).toList();
            // The two other state-space time-series papers of the sample (checked by hand).
            assertThat(related).contains("Effectively Modeling Time Series with Simple Discrete State Spaces",
                    "How to Train Your HiPPO: State Space Models with Generalized Orthogonal Basis Projections")
                    .doesNotContain(chimera.paper().title());
        }
    }
}
