package org.paperfeed.ingest.source;

import java.util.List;
import org.paperfeed.ingest.DigestFormat;

/** The sources a new library starts with: what is trending on Hugging Face and arXiv's new machine-learning papers. */
public final class DefaultSources {

    private DefaultSources() {
    }

    public static List<Source> all() {
        return List.of(
                builtIn("Hugging Face daily", "https://huggingface.co/api/daily_papers", DigestFormat.HF_DAILY_JSON),
                builtIn("Hugging Face trending", "https://huggingface.co/api/daily_papers?sort=trending",
                        DigestFormat.HF_DAILY_JSON),
                arxivNew("cs.LG"),
                arxivNew("cs.CL"),
                arxivNew("cs.CV"));
    }

    private static Source arxivNew(String category) {
        return builtIn("arXiv " + category + " new", "https://rss.arxiv.org/rss/" + category, DigestFormat.RSS);
    }

    private static Source builtIn(String name, String url, DigestFormat format) {
        return new Source(name, url, format, true, false);
    }
}
