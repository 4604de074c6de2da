package org.paperfeed.app.foryou;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntUnaryOperator;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperId;

/**
 * Papers of made-up words for For you's tests, some writing many words of one quantum topic: a library whose every
 * score is known to come from the topic's words, not from a title or author the papers share.
 */
final class MadeUpTopicPapers {

    static final String[] TOPIC = {"quantum", "qubit", "entanglement", "photon", "decoherence"};

    private MadeUpTopicPapers() {
    }

    /**
     * {@code count} papers of 45 abstract words each, paper {@code i} writing {@code topicWords(i)} of them from
     * {@link #TOPIC} and the rest made up; the same seed gives the same papers.
     */
    static List<Paper> papers(long seed, int count, IntUnaryOperator topicWords) {
        Random random = new Random(seed);
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int topic = topicWords.applyAsInt(i);
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 45; w++) {
                text.append(w < topic ? TOPIC[random.nextInt(TOPIC.length)] : word(random.nextInt(300)))
                        .append(w % 9 == 8 ? ". " : " ");
            }
            papers.add(new Paper(id(i), word(random.nextInt(300)) + " " + word(random.nextInt(300)),
                    text.toString().trim(), List.of("Writer " + word(i % 40)), LocalDate.of(2025, 3, 1 + i % 28),
                    "arxiv", List.of(), null, List.of("cs.LG")));
        }
        return papers;
    }

    static PaperId id(int i) {
        return PaperId.arxiv(String.format("2503.%05d", i));
    }

    /** A made-up word from a number (letters only, so the stemmer leaves it a word of its own). */
    static String word(int n) {
        return "zq" + (char) ('a' + n % 26) + (char) ('a' + n / 26 % 26) + "x";
    }
}
