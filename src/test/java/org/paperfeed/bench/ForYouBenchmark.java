package org.paperfeed.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.DataFolder;
import org.paperfeed.app.foryou.Interest;
import org.paperfeed.app.foryou.InterestScore;
import org.paperfeed.app.foryou.LearningSettings;
import org.paperfeed.app.foryou.Recommender;
import org.paperfeed.app.foryou.TrainedModels;
import org.paperfeed.app.foryou.TrainingMarks;
import org.paperfeed.app.prefs.ForYouSettings;
import org.paperfeed.library.PaperLibrary;
import org.paperfeed.model.PaperId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * For you's quality on real arXiv listings ({@code -Dbench.arxiv}, default
 * {@code /work/shared/data/real/arxiv-metadata.jsonl.gz}): the last 65 listing days of the daily cs listings, 60 as
 * history and 5 as candidates. A simulated reader stars k history papers of one category; each method ranks the
 * candidates; a candidate is relevant when the category is listed on it. Precision@20 and nDCG@20, averaged over
 * readers, for For you, arxiv-sanity-lite's recipe ({@link SanityBaseline}), Lucene's MoreLikeThis on the starred
 * papers, newest first and random. Prints a Markdown table (also {@code target/bench-foryou.md}). Not a test.
 */
class ForYouBenchmark {

    private static final int HISTORY_DAYS = 60;
    private static final int CANDIDATE_DAYS = 5;
    private static final int[] KS = {5, 20, 50};
    private static final int READERS = Integer.getInteger("bench.readers", 3);
    private static final int TOP = 20;
    private static final List<String> BROAD = List.of("cs.CV", "cs.CL", "cs.AI");
    private static final int NARROW = 6;
    /**
     * -Dbench.shift=N moves the whole window N listing days earlier (history and candidates both), so settings can be
     * chosen on a validation window whose candidates are not the test candidates.
     */
    private static final int SHIFT = Integer.getInteger("bench.shift", 0);
    /**
     * -Dbench.variants="name=minDf,maxDf,authorWeight,C,negativesPerPositive,minNegatives,notInterestedWeight;..."
     * ranks with each of these {@link LearningSettings} (trained on the library directly) instead of the shipped
     * defaults, one column each: for choosing defaults on the shifted window. Three more values may follow:
     * pairWeight, positiveWeight, and {@code svm} (or {@code lr}) for the solver.
     */
    private static final Map<String, LearningSettings> VARIANTS = variants(System.getProperty("bench.variants", ""));
    private static final String[] METHODS = methods();
    private static final Map<LearningSettings, Recommender> RECOMMENDERS = new HashMap<>();

    record Paper(String id, String day, String title, String abstractText, String authors, Set<String> categories,
                 String line) {
    }

    @Test
    void run() throws Exception {
        Path source = Path.of(System.getProperty("bench.arxiv", "/work/shared/data/real/arxiv-metadata.jsonl.gz"));
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench"))
                .resolve(SHIFT == 0 ? "foryou" : "foryou-shift" + SHIFT);
        List<Paper> window = window(source);
        Set<String> days = new TreeSet<>();
        window.forEach(p -> days.add(p.day()));
        List<String> dayList = new ArrayList<>(days);
        Set<String> candidateDays = new HashSet<>(dayList.subList(HISTORY_DAYS, HISTORY_DAYS + CANDIDATE_DAYS));
        List<Paper> history = window.stream().filter(p -> !candidateDays.contains(p.day())).toList();
        List<Paper> candidates = window.stream().filter(p -> candidateDays.contains(p.day())).toList();
        log("window %s … %s (shifted %d listing days earlier): %d history papers, %d candidates", dayList.get(0),
                dayList.get(dayList.size() - 1), SHIFT, history.size(), candidates.size());

        // -Dbench.reuse: keep the library an earlier run imported (the import is most of a run on a busy machine)
        boolean reuse = Boolean.getBoolean("bench.reuse") && Files.isDirectory(dir.resolve("data/library/index"));
        if (Files.exists(dir) && !reuse) {
            try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
                for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(dir);
        Path snapshot = dir.resolve("window.json");
        Files.write(snapshot, window.stream().map(Paper::line).toList(), StandardCharsets.UTF_8);
        long t = System.nanoTime();
        try (AppServices app = AppServices.open(new DataFolder(dir.resolve("data")), Clock.systemUTC())) {
            if (reuse) {
                app.marks().unstarAll(window.stream().map(Paper::id).toList()); // an interrupted run's reader
                log("reused the library imported before (-Dbench.reuse), load average %s",
                        ForYouCostBenchmark.loadAverage());
            } else {
                app.imports().importFile(snapshot);
                log("imported %d papers in %.1f s, load average %s", window.size(), (System.nanoTime() - t) / 1e9,
                        ForYouCostBenchmark.loadAverage());
            }
            t = System.nanoTime();
            SanityBaseline sanity = new SanityBaseline(window.stream()
                    .map(p -> p.title() + " | " + p.abstractText() + " | " + p.authors()).toList());
            log("baseline tf-idf: %d features in %.1f s", sanity.vocabularySize(), (System.nanoTime() - t) / 1e9);
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < window.size(); i++) {
                index.put(window.get(i).id(), i);
            }
            List<String> narrow = narrowCategories(history, candidates);
            StringBuilder table = new StringBuilder();
            table.append("| category | share of candidates | k | ");
            for (String m : METHODS) {
                table.append(m).append(" P@20 / nDCG@20 | ");
            }
            table.append("\n|---|---|---|").append("---|".repeat(METHODS.length)).append('\n');
            Map<String, double[]> sums = new TreeMap<>();
            // one line per reader and method, for the spread (bootstrap over readers, per category)
            StringBuilder perReader = new StringBuilder("shift,category,group,k,reader,method,p20,ndcg20\n");
            double forYouSeconds = 0;
            double sanitySeconds = 0;
            int readers = 0;
            try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(
                    dir.resolve("data").resolve("library").resolve("index")));
                 PaperLibrary library = VARIANTS.isEmpty() ? null
                         : PaperLibrary.openReadOnly(dir.resolve("data").resolve("library"), Clock.systemUTC())) {
                IndexSearcher searcher = new IndexSearcher(reader);
                List<String> all = new ArrayList<>(narrow);
                all.addAll(BROAD);
                for (String category : all) {
                    String group = BROAD.contains(category) ? "broad" : "narrow";
                    List<Paper> pool = history.stream().filter(p -> p.categories().contains(category)).toList();
                    long relevant = candidates.stream().filter(p -> p.categories().contains(category)).count();
                    for (int k : KS) {
                        double[] row = new double[METHODS.length * 2];
                        for (int r = 0; r < READERS; r++) {
                            Random random = new Random(31L * category.hashCode() + 17L * k + r);
                            readers++;
                            List<Paper> shuffled = new ArrayList<>(pool);
                            Collections.shuffle(shuffled, random);
                            List<Paper> marked = shuffled.subList(0, Math.min(k, shuffled.size()));
                            long started = System.nanoTime();
                            List<List<Paper>> rankings = new ArrayList<>();
                            if (VARIANTS.isEmpty()) {
                                rankings.add(forYou(app, marked, candidates));
                            } else {
                                for (LearningSettings settings : VARIANTS.values()) {
                                    rankings.add(forYou(library, settings, marked, candidates));
                                }
                            }
                            forYouSeconds += (System.nanoTime() - started) / 1e9 / Math.max(1, VARIANTS.size());
                            started = System.nanoTime();
                            rankings.add(sanity(sanity, index, marked, candidates));
                            sanitySeconds += (System.nanoTime() - started) / 1e9;
                            rankings.add(moreLikeThis(searcher, marked, candidates));
                            rankings.add(newestFirst(candidates));
                            rankings.add(randomOrder(candidates, random));
                            for (int m = 0; m < METHODS.length; m++) {
                                double p = precision(rankings.get(m), category);
                                double g = ndcg(rankings.get(m), category, relevant);
                                row[2 * m] += p / READERS;
                                row[2 * m + 1] += g / READERS;
                                perReader.append(String.format(Locale.ROOT, "%d,%s,%s,%d,%d,%s,%.4f,%.4f%n", SHIFT,
                                        category, group, k, r, METHODS[m], p, g));
                            }
                        }
                        table.append(String.format(Locale.ROOT, "| %s (%s) | %.3f | %d | ", category, group,
                                (double) relevant / candidates.size(), k));
                        for (int m = 0; m < METHODS.length; m++) {
                            table.append(String.format(Locale.ROOT, "%.3f / %.3f | ", row[2 * m], row[2 * m + 1]));
                        }
                        table.append('\n');
                        double[] sum = sums.computeIfAbsent(group + " k=" + k, g -> new double[METHODS.length * 2 + 1]);
                        for (int i = 0; i < row.length; i++) {
                            sum[i] += row[i];
                        }
                        sum[row.length]++;
                        StringBuilder line = new StringBuilder();
                        for (int m = 0; m < METHODS.length; m++) {
                            line.append(String.format(Locale.ROOT, "%s%s %.3f / %.3f", m == 0 ? "" : ", ", METHODS[m],
                                    row[2 * m], row[2 * m + 1]));
                        }
                        log("%s k=%d P@20 / nDCG@20: %s (load average %s)", category, k, line,
                                ForYouCostBenchmark.loadAverage());
                    }
                }
            }
            table.append("\n| mean over | k | ");
            for (String m : METHODS) {
                table.append(m).append(" P@20 / nDCG@20 | ");
            }
            table.append("\n|---|---|").append("---|".repeat(METHODS.length)).append('\n');
            sums.forEach((key, sum) -> {
                String[] parts = key.split(" k=");
                table.append("| ").append(parts[0]).append(" | ").append(parts[1]).append(" | ");
                double n = sum[sum.length - 1];
                for (int m = 0; m < METHODS.length; m++) {
                    table.append(String.format(Locale.ROOT, "**%.3f** / %.3f | ", sum[2 * m] / n, sum[2 * m + 1] / n));
                }
                table.append('\n');
            });
            log("time per reader (train and rank): For you %.2f s, arxiv-sanity-lite %.2f s", forYouSeconds / readers,
                    sanitySeconds / readers);
            System.out.println(table);
            Files.writeString(Path.of(System.getProperty("bench.dir", "target/bench")).resolve("bench-foryou.md"),
                    table);
            Files.writeString(Path.of(System.getProperty("bench.dir", "target/bench"))
                    .resolve(SHIFT == 0 ? "bench-foryou-readers.csv" : "bench-foryou-readers-shift" + SHIFT + ".csv"),
                    perReader);
        }
    }

    private List<String> starred = List.of();

    /** Stars the reader's papers (after unstarring the previous reader's) and ranks by For you's scores. */
    private List<Paper> forYou(AppServices app, List<Paper> marked, List<Paper> candidates) throws Exception {
        if (!starred.isEmpty()) {
            app.marks().unstarAll(starred);
        }
        starred = marked.stream().map(Paper::id).toList();
        app.marks().starAll(starred);
        Map<PaperId, InterestScore> scores = app.forYou().scores(candidates.stream()
                .map(p -> new PaperId(p.id())).toList());
        return byScore(candidates, p -> {
            InterestScore score = scores.get(new PaperId(p.id()));
            return score == null ? 0 : score.score();
        });
    }

    /** Ranks by a model trained with {@code settings} on the marked papers as the starred interest. */
    private static List<Paper> forYou(PaperLibrary library, LearningSettings settings, List<Paper> marked,
                                      List<Paper> candidates) throws Exception {
        Recommender recommender = RECOMMENDERS.computeIfAbsent(settings, Recommender::new); // keeps its df cache
        Set<PaperId> positives = new HashSet<>();
        marked.forEach(p -> positives.add(new PaperId(p.id())));
        TrainingMarks marks = new TrainingMarks(Map.of(Interest.STARRED, positives), Set.of(), ForYouSettings.DEFAULT);
        TrainedModels models = recommender.train(library, marks, java.time.Instant.now());
        Map<PaperId, Recommender.Scored> scores = recommender.score(library, models,
                candidates.stream().map(p -> new PaperId(p.id())).toList(), null, false);
        return byScore(candidates, p -> {
            Recommender.Scored score = scores.get(new PaperId(p.id()));
            return score == null ? 0 : score.score().score();
        });
    }

    private static Map<String, LearningSettings> variants(String spec) {
        Map<String, LearningSettings> variants = new LinkedHashMap<>();
        for (String one : spec.split(";")) {
            if (one.isBlank()) {
                continue;
            }
            String[] nameAndValues = one.split("=", 2);
            String[] v = nameAndValues[1].split(",");
            variants.put(nameAndValues[0].trim(), new LearningSettings(Integer.parseInt(v[0].trim()),
                    Double.parseDouble(v[1].trim()), Double.parseDouble(v[2].trim()), Double.parseDouble(v[3].trim()),
                    Integer.parseInt(v[4].trim()), Integer.parseInt(v[5].trim()), Integer.parseInt(v[6].trim()),
                    v.length > 7 ? Double.parseDouble(v[7].trim()) : 1.0,
                    v.length > 8 ? Double.parseDouble(v[8].trim()) : 1.0,
                    v.length > 9 && v[9].trim().equals("svm")));
        }
        return variants;
    }

    private static String[] methods() {
        List<String> methods = new ArrayList<>(VARIANTS.isEmpty() ? List.of("For you") : VARIANTS.keySet());
        methods.addAll(List.of("arxiv-sanity-lite", "MoreLikeThis", "newest first", "random"));
        return methods.toArray(String[]::new);
    }

    private static List<Paper> sanity(SanityBaseline sanity, Map<String, Integer> index, List<Paper> marked,
                                       List<Paper> candidates) {
        Set<Integer> positives = new HashSet<>();
        marked.forEach(p -> positives.add(index.get(p.id())));
        double[] scores = sanity.scores(positives);
        return byScore(candidates, p -> scores[index.get(p.id())]);
    }

    /** Lucene's MoreLikeThis with the starred papers' titles and abstracts as the text to match, on the candidates. */
    private static List<Paper> moreLikeThis(IndexSearcher searcher, List<Paper> marked, List<Paper> candidates)
            throws Exception {
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(new StandardAnalyzer());
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(2);
        mlt.setMaxQueryTerms(50);
        BooleanQuery.Builder like = new BooleanQuery.Builder();
        for (String field : List.of("title", "abstract")) {
            StringReader[] texts = marked.stream().map(p -> new StringReader(field.equals("title") ? p.title()
                    : p.abstractText())).toArray(StringReader[]::new);
            mlt.setFieldNames(new String[] {field});
            like.add(mlt.like(field, texts), BooleanClause.Occur.SHOULD);
        }
        List<BytesRef> ids = candidates.stream().map(p -> new BytesRef(p.id())).toList();
        Query query = new BooleanQuery.Builder().add(like.build(), BooleanClause.Occur.MUST)
                .add(new TermInSetQuery("id", ids), BooleanClause.Occur.FILTER).build();
        Map<String, Float> scores = new HashMap<>();
        for (ScoreDoc hit : searcher.search(query, candidates.size()).scoreDocs) {
            scores.put(searcher.storedFields().document(hit.doc).get("id"), hit.score);
        }
        return byScore(candidates, p -> scores.getOrDefault(p.id(), 0f));
    }

    private static List<Paper> newestFirst(List<Paper> candidates) {
        List<Paper> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparing(Paper::day).thenComparing(Paper::id).reversed());
        return sorted;
    }

    private static List<Paper> randomOrder(List<Paper> candidates, Random random) {
        List<Paper> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled, random);
        return shuffled;
    }

    /** Best first; ties by id, so a method that scores nothing ranks in id order. */
    private static List<Paper> byScore(List<Paper> candidates, java.util.function.ToDoubleFunction<Paper> score) {
        Map<String, Double> scores = new HashMap<>();
        candidates.forEach(p -> scores.put(p.id(), score.applyAsDouble(p)));
        List<Paper> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingDouble((Paper p) -> -scores.get(p.id())).thenComparing(Paper::id));
        return sorted;
    }

    static double precision(List<Paper> ranked, String category) {
        return ranked.stream().limit(TOP).filter(p -> p.categories().contains(category)).count() / (double) TOP;
    }

    static double ndcg(List<Paper> ranked, String category, long relevant) {
        double dcg = 0;
        for (int i = 0; i < Math.min(TOP, ranked.size()); i++) {
            if (ranked.get(i).categories().contains(category)) {
                dcg += 1 / (Math.log(i + 2) / Math.log(2));
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(TOP, relevant); i++) {
            ideal += 1 / (Math.log(i + 2) / Math.log(2));
        }
        return ideal == 0 ? 0 : dcg / ideal;
    }

    /**
     * Narrow categories: listed on under 5% of the candidates and on at least 10 of them, with at least 100 history
     * papers (so a reader of k = 50 has a choice); the {@value #NARROW} with the most candidates.
     */
    private static List<String> narrowCategories(List<Paper> history, List<Paper> candidates) {
        Map<String, Integer> inCandidates = new HashMap<>();
        Map<String, Integer> inHistory = new HashMap<>();
        candidates.forEach(p -> p.categories().forEach(c -> inCandidates.merge(c, 1, Integer::sum)));
        history.forEach(p -> p.categories().forEach(c -> inHistory.merge(c, 1, Integer::sum)));
        return inCandidates.entrySet().stream()
                .filter(e -> e.getValue() < 0.05 * candidates.size() && e.getValue() >= 10)
                .filter(e -> inHistory.getOrDefault(e.getKey(), 0) >= 100)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(NARROW).map(Map.Entry::getKey).toList();
    }

    /** The daily-listing records (ids from 2503 on) of the last {@code HISTORY_DAYS + CANDIDATE_DAYS} listing days. */
    private static List<Paper> window(Path source) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        List<Paper> listed = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(source)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode n = json.readTree(line);
                if (n.get("id").asString().compareTo("2503") >= 0) {
                    listed.add(new Paper(n.get("id").asString(), n.get("update_date").asString(),
                            n.get("title").asString(), n.get("abstract").asString(), n.get("authors").asString(),
                            new java.util.LinkedHashSet<>(List.of(n.get("categories").asString().split(" "))), line));
                }
            }
        }
        TreeSet<String> days = new TreeSet<>();
        listed.forEach(p -> days.add(p.day()));
        List<String> all = new ArrayList<>(days);
        Set<String> kept = new HashSet<>(all.subList(all.size() - HISTORY_DAYS - CANDIDATE_DAYS - SHIFT,
                all.size() - SHIFT));
        return listed.stream().filter(p -> kept.contains(p.day())).toList();
    }

    static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[foryou-bench] " + format + "%n", args);
    }
}
