package org.paperfeed.library;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperId;

/**
 * Papers whose titles and abstracts are seeded draws from a small vocabulary, for the tests of For you's features
 * and document frequencies: every word recurs across many papers, so document frequencies are large and differ from
 * paper to paper, and the same seed gives the same library.
 */
public final class WordSoupPapers {

    /** Twenty-seven topic words of a few fields. */
    public static final List<String> TOPIC_WORDS = List.of("graph", "neural", "network", "quantum", "channel",
            "coding", "robot", "policy", "learning", "sparse", "matrix", "protein", "fold", "image", "segmentation",
            "language", "model", "agent", "market", "auction", "entropy", "capacity", "gradient", "kernel", "tensor",
            "lattice", "spectral");

    private final int month;
    private final int authors;
    private final String[] words;

    /**
     * @param month   the 2025 month the papers are dated in, also their arXiv ids' month ({@code 25MM.NNNNN})
     * @param authors how many distinct authors the papers share
     */
    public WordSoupPapers(int month, int authors, List<String> words) {
        this.month = month;
        this.authors = authors;
        this.words = words.toArray(String[]::new);
    }

    public PaperId id(int i) {
        return PaperId.arxiv(String.format("25%02d.%05d", month, i));
    }

    /** Paper {@code i}: a five-word title and a forty-word abstract in sentences of eight, drawn from {@code random}. */
    public Paper paper(int i, Random random) {
        StringBuilder title = new StringBuilder();
        for (int w = 0; w < 5; w++) {
            title.append(words[random.nextInt(words.length)]).append(' ');
        }
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 40; w++) {
            text.append(words[random.nextInt(words.length)]).append(w % 8 == 7 ? ". " : " ");
        }
        return new Paper(id(i), title.toString().trim(), text.toString().trim(), List.of("Author " + i % authors),
                LocalDate.of(2025, month, 1 + i % 28), "arxiv", List.of(), null, List.of("cs.LG"));
    }
}
