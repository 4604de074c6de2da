package org.paperfeed.bench;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * arxiv-sanity-lite's recipe, as its {@code compute.py} and {@code serve.py} run it, in Java: scikit-learn's
 * {@code TfidfVectorizer(strip_accents='unicode', lowercase=True, stop_words='english',
 * token_pattern=r'(?u)\b[a-zA-Z_][a-zA-Z0-9_]+\b', ngram_range=(1, 2), max_features=20000, norm='l2',
 * use_idf=True, smooth_idf=True, sublinear_tf=True, max_df=0.1, min_df=5)} over "title | abstract | authors", fitted
 * on the whole window, and per reader {@code LinearSVC(class_weight='balanced', C=0.01, tol=1e-6)} (liblinear's
 * L2-regularised L2-loss SVC, dual, with an intercept) trained on every paper of the window, the marked ones positive.
 */
final class SanityBaseline {

    private static final Pattern TOKEN = Pattern.compile("\\b[a-zA-Z_][a-zA-Z0-9_]+\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final int MAX_FEATURES = 20_000;
    private static final int MIN_DF = 5;
    private static final double MAX_DF = 0.1;

    static {
        Linear.disableDebugOutput();
    }

    private final Feature[][] rows;
    private final int features;

    /** @param texts each paper's "title | abstract | authors", in window order */
    SanityBaseline(List<String> texts) throws IOException {
        Set<String> stop = stopWords();
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        Map<String, Long> total = new HashMap<>();
        for (String text : texts) {
            Map<String, Integer> doc = ngrams(text, stop);
            counts.add(doc);
            doc.forEach((term, n) -> {
                df.merge(term, 1, Integer::sum);
                total.merge(term, (long) n, Long::sum);
            });
        }
        int n = texts.size();
        double maxDocs = MAX_DF * n;
        List<String> kept = new ArrayList<>();
        df.forEach((term, d) -> {
            if (d >= MIN_DF && d <= maxDocs) {
                kept.add(term);
            }
        });
        kept.sort((a, b) -> {
            int byCount = Long.compare(total.get(b), total.get(a));
            return byCount != 0 ? byCount : a.compareTo(b);
        });
        List<String> vocabulary = kept.subList(0, Math.min(MAX_FEATURES, kept.size()));
        Map<String, Integer> column = new HashMap<>();
        List<String> sorted = new ArrayList<>(vocabulary);
        sorted.sort(null);
        for (int i = 0; i < sorted.size(); i++) {
            column.put(sorted.get(i), i + 1);
        }
        this.features = sorted.size();
        this.rows = new Feature[n][];
        for (int i = 0; i < n; i++) {
            TreeMap<Integer, Double> row = new TreeMap<>();
            double norm = 0;
            for (Map.Entry<String, Integer> e : counts.get(i).entrySet()) {
                Integer c = column.get(e.getKey());
                if (c != null) {
                    double idf = Math.log((1.0 + n) / (1.0 + df.get(e.getKey()))) + 1;
                    double value = (1 + Math.log(e.getValue())) * idf;
                    row.put(c, value);
                    norm += value * value;
                }
            }
            double length = Math.sqrt(norm);
            Feature[] features = new Feature[row.size() + 1];
            int j = 0;
            for (Map.Entry<Integer, Double> e : row.entrySet()) {
                features[j++] = new FeatureNode(e.getKey(), length > 0 ? e.getValue() / length : 0);
            }
            features[j] = new FeatureNode(this.features + 1, 1.0); // the intercept (intercept_scaling = 1)
            rows[i] = features;
        }
    }

    int vocabularySize() {
        return features;
    }

    /** The SVM's decision value for every paper of the window, the {@code positives} (indexes) marked. */
    double[] scores(Set<Integer> positives) {
        Problem problem = new Problem();
        problem.l = rows.length;
        problem.n = features + 1;
        problem.bias = 1;
        problem.x = rows;
        problem.y = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            problem.y[i] = positives.contains(i) ? 1 : 0;
        }
        int nPos = positives.size();
        int nNeg = rows.length - nPos;
        Parameter parameter = new Parameter(SolverType.L2R_L2LOSS_SVC_DUAL, 0.01, 1e-6);
        parameter.setMaxIters(1_000_000);
        // class_weight='balanced': n_samples / (n_classes * count of the class)
        parameter.setWeights(new double[] {rows.length / (2.0 * nPos), rows.length / (2.0 * nNeg)}, new int[] {1, 0});
        Model model = Linear.train(problem, parameter);
        double[] w = model.getFeatureWeights();
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        double[] scores = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            double s = 0;
            for (Feature f : rows[i]) {
                s += w[f.getIndex() - 1] * f.getValue();
            }
            scores[i] = sign * s;
        }
        return scores;
    }

    /** scikit-learn's word analyzer: strip accents, lower-case, tokens, stop words out, then 1- and 2-grams. */
    static Map<String, Integer> ngrams(String text, Set<String> stop) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(folded);
        while (m.find()) {
            if (!stop.contains(m.group())) {
                tokens.add(m.group());
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            counts.merge(tokens.get(i), 1, Integer::sum);
            if (i + 1 < tokens.size()) {
                counts.merge(tokens.get(i) + " " + tokens.get(i + 1), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static Set<String> stopWords() throws IOException {
        try (InputStream in = SanityBaseline.class.getResourceAsStream("english-stop-words.txt")) {
            return new HashSet<>(Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim()
                    .split("\\s+")));
        }
    }
}
