package org.paperfeed.app.foryou;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.paperfeed.library.PaperFeatures;

/**
 * A paper's feature counts as an L2-normalised tf-idf vector: sublinear term frequency ({@code 1 + ln tf}), smooth
 * idf ({@code ln((N + 1) / (df + 1)) + 1}, N and df from the index), features outside the document-frequency
 * cut-offs dropped. The cut-offs depend only on the library, so a paper's vector is the same for every interest.
 */
final class TfIdf {

    private final PaperFeatures features;
    private final LearningSettings settings;
    private final int papers;
    private final double maxDf;

    TfIdf(PaperFeatures features, LearningSettings settings) {
        this.features = features;
        this.settings = settings;
        this.papers = features.papers();
        // A small library keeps its common words: a topic of ten papers in a library of forty is not noise.
        this.maxDf = Math.max(settings.maxDfFraction() * papers, Math.min(papers, 50));
    }

    Map<String, Double> vector(Map<String, Integer> counts) throws IOException {
        Map<String, Double> vector = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int df = features.docFreq(e.getKey());
            if (df < settings.minDf() || df > maxDf) {
                continue;
            }
            double value = (1 + Math.log(e.getValue())) * (Math.log((papers + 1.0) / (df + 1.0)) + 1);
            if (e.getKey().startsWith(PaperFeatures.AUTHOR_PREFIX)) {
                value *= settings.authorWeight();
            }
            vector.put(e.getKey(), value);
            norm += value * value;
        }
        if (norm > 0) {
            double length = Math.sqrt(norm);
            vector.replaceAll((term, value) -> value / length);
        }
        return vector;
    }
}
