package org.paperfeed.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.paperfeed.ingest.DigestFormat;

class DefaultSourcesTest {

    @Test
    void listsHuggingFaceAndArxivMachineLearningFeeds() {
        assertThat(DefaultSources.all())
                .extracting(Source::name, Source::url, Source::format)
                .containsExactly(
                        tuple("Hugging Face daily", "https://huggingface.co/api/daily_papers",
                                DigestFormat.HF_DAILY_JSON),
                        tuple("Hugging Face trending", "https://huggingface.co/api/daily_papers?sort=trending",
                                DigestFormat.HF_DAILY_JSON),
                        tuple("arXiv cs.LG new", "https://rss.arxiv.org/rss/cs.LG", DigestFormat.RSS),
                        tuple("arXiv cs.CL new", "https://rss.arxiv.org/rss/cs.CL", DigestFormat.RSS),
                        tuple("arXiv cs.CV new", "https://rss.arxiv.org/rss/cs.CV", DigestFormat.RSS));
    }

    @Test
    void areEnabledBuiltInAndHttps() {
        assertThat(DefaultSources.all()).allSatisfy(source -> {
            assertThat(source.enabled()).isTrue();
            assertThat(source.userAdded()).isFalse();
            assertThat(source.url()).startsWith("https://");
        });
    }
}
