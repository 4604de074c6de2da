package org.paperfeed.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deterministic library of N papers in the arXiv metadata snapshot format, shaped like the bundled 74-paper
 * sample: its words ranked by frequency and drawn Zipf-wise (plus a long tail of made-up words, as a real corpus of
 * a million abstracts has far more distinct words than 74), its title and abstract lengths, ids and dates in arXiv
 * order, a Zipf-skewed author pool. Each record's {@code update_date} (its date plus 0–399 days) is the day the
 * snapshot reader lists it on, so a library of N papers has listings over about 5,800 days for the day-view rows.
 */
final class SyntheticArxiv {

    static final long SEED = 20240311L;
    private static final String SAMPLE = "/org/paperfeed/sample/hf-papers-page.txt";
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z-]*[A-Za-z]|[A-Za-z]");
    private static final String[] CATEGORIES = {"cs.LG", "cs.CV", "cs.CL", "cs.AI", "stat.ML", "cs.RO", "cs.CR",
        "math.OC", "math.PR", "math.ST", "quant-ph", "hep-th", "hep-ph", "astro-ph.CO", "astro-ph.GA", "cond-mat.str-el",
        "cond-mat.mtrl-sci", "physics.comp-ph", "eess.SP", "eess.IV", "q-bio.NC", "econ.EM", "cs.DS", "cs.IR"};
    private static final LocalDate FIRST = LocalDate.of(2010, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2025, 6, 30);

    final String[] words;
    private final double[] wordCdf;
    final String[] surnames;
    private final String[] givenNames;
    private final double[] authorCdf;
    private final int[] abstractLengths;
    private final int[] titleLengths;

    SyntheticArxiv(int papers) throws IOException {
        String sample;
        try (InputStream in = SyntheticArxiv.class.getResourceAsStream(SAMPLE)) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> lines = sample.lines().map(String::strip).toList();
        List<Integer> abstracts = new ArrayList<>();
        List<Integer> titles = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).length() > 300) {
                abstracts.add(wordCount(lines.get(i)));
                for (int j = i - 1; j >= 0; j--) {
                    if (!lines.get(j).isEmpty()) {
                        titles.add(wordCount(lines.get(j)));
                        break;
                    }
                }
                Matcher m = WORD.matcher(lines.get(i));
                while (m.find()) {
                    counts.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
            }
        }
        abstractLengths = abstracts.stream().mapToInt(Integer::intValue).toArray();
        titleLengths = titles.stream().mapToInt(Integer::intValue).toArray();
        List<String> ranked = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        Random random = new Random(SEED);
        List<String> vocabulary = new ArrayList<>(ranked);
        List<String> syllables = syllables(ranked);
        LinkedHashMap<String, Boolean> made = new LinkedHashMap<>();
        while (made.size() < 60_000) {
            String w = pick(syllables, random) + pick(syllables, random) + (random.nextBoolean() ? pick(syllables, random) : "");
            if (!counts.containsKey(w)) {
                made.put(w, true);
            }
        }
        vocabulary.addAll(made.keySet());
        words = vocabulary.toArray(String[]::new);
        wordCdf = zipf(words.length, 1.0);
        LinkedHashMap<String, Boolean> names = new LinkedHashMap<>();
        int authors = Math.max(2000, papers / 4);
        while (names.size() < authors) {
            String n = pick(syllables, random) + pick(syllables, random);
            names.put(Character.toUpperCase(n.charAt(0)) + n.substring(1), true);
        }
        surnames = names.keySet().toArray(String[]::new);
        authorCdf = zipf(surnames.length, 0.8);
        givenNames = Arrays.copyOf(surnames, 300);
    }

    private static int wordCount(String text) {
        return text.split("\\s+").length;
    }

    private static List<String> syllables(List<String> words) {
        List<String> parts = new ArrayList<>();
        for (String w : words) {
            if (w.length() >= 6 && w.indexOf('-') < 0) {
                parts.add(w.substring(0, 3));
                parts.add(w.substring(w.length() - 3));
            }
        }
        return parts;
    }

    private static String pick(List<String> from, Random random) {
        return from.get(random.nextInt(from.size()));
    }

    private static double[] zipf(int n, double s) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1 / Math.pow(i + 2.7, s);
            cdf[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cdf[i] /= sum;
        }
        return cdf;
    }

    private static int draw(double[] cdf, Random random) {
        int at = Arrays.binarySearch(cdf, random.nextDouble());
        return Math.min(at < 0 ? -at - 1 : at, cdf.length - 1);
    }

    String word(Random random) {
        return words[draw(wordCdf, random)];
    }

    String surname(Random random) {
        return surnames[draw(authorCdf, random)];
    }

    /** The arXiv id of paper {@code i} (0-based) of {@code n}: papers spread evenly over 2010–2025, numbered per month. */
    static LocalDate date(int i, int n) {
        long days = LAST.toEpochDay() - FIRST.toEpochDay();
        return FIRST.plusDays(days * i / Math.max(1, n - 1));
    }

    /** Writes the file (unless it is already there from an earlier run with the same N); returns the ids in order. */
    String[] write(Path file, int n) throws IOException {
        String[] ids = new String[n];
        Map<String, Integer> perMonth = new HashMap<>();
        for (int i = 0; i < n; i++) {
            LocalDate date = date(i, n);
            String yymm = String.format("%02d%02d", date.getYear() % 100, date.getMonthValue());
            ids[i] = yymm + "." + String.format("%05d", perMonth.merge(yymm, 1, Integer::sum));
        }
        if (Files.exists(file)) {
            return ids;
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.createDirectories(file.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                out.write(paper(ids[i], date(i, n), new Random(SEED * 31 + i)));
                out.write('\n');
            }
        }
        Files.move(tmp, file);
        return ids;
    }

    private String paper(String id, LocalDate date, Random random) {
        int titleWords = Math.max(2, titleLengths[random.nextInt(titleLengths.length)] + random.nextInt(3) - 1);
        StringBuilder title = new StringBuilder();
        for (int w = 0; w < titleWords; w++) {
            String word = word(random);
            title.append(w == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        int length = (int) (abstractLengths[random.nextInt(abstractLengths.length)] * (0.8 + 0.4 * random.nextDouble()));
        StringBuilder text = new StringBuilder("  ");
        int sentence = 0;
        for (int w = 0; w < length; w++) {
            String word = word(random);
            text.append(sentence == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            sentence++;
            boolean end = sentence > 10 && random.nextInt(12) == 0 || w == length - 1;
            text.append(end ? "." : random.nextInt(15) == 0 ? "," : "").append(w % 12 == 11 ? "\n" : " ");
            sentence = end ? 0 : sentence;
        }
        int authorCount = 1 + Math.min(11, (int) (-Math.log(1 - random.nextDouble()) * 3));
        StringBuilder authors = new StringBuilder();
        StringBuilder parsed = new StringBuilder();
        for (int a = 0; a < authorCount; a++) {
            String given = givenNames[random.nextInt(givenNames.length)];
            String surname = surname(random);
            authors.append(a == 0 ? "" : a == authorCount - 1 ? " and " : ", ").append(given).append(' ').append(surname);
            parsed.append(a == 0 ? "" : ",").append("[\"").append(surname).append("\",\"").append(given).append("\",\"\"]");
        }
        StringBuilder categories = new StringBuilder(CATEGORIES[random.nextInt(CATEGORIES.length)]);
        for (int c = random.nextInt(3); c > 0; c--) {
            categories.append(' ').append(CATEGORIES[random.nextInt(CATEGORIES.length)]);
        }
        String created = date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + ", "
                + date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " "
                + date.getYear() + " 12:00:00 GMT";
        return "{\"id\":\"" + id + "\",\"submitter\":\"" + authors.toString().split(",| and ")[0]
                + "\",\"authors\":\"" + authors + "\",\"title\":\"" + title + "\",\"comments\":\"" + (5 + random.nextInt(30))
                + " pages\",\"journal-ref\":null,\"doi\":null,\"report-no\":null,\"categories\":\"" + categories
                + "\",\"license\":\"http://arxiv.org/licenses/nonexclusive-distrib/1.0/\",\"abstract\":\""
                + text.toString().replace("\n", "\\n") + "\\n\",\"versions\":[{\"version\":\"v1\",\"created\":\""
                + created + "\"}],\"update_date\":\"" + date.plusDays(random.nextInt(400)) + "\",\"authors_parsed\":["
                + parsed + "]}";
    }
}
