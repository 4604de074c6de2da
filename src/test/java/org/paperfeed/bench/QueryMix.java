package org.paperfeed.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The fixed mix of 200 searches, each as the text a user types into PaperFeed and as the equivalent hand-built
 * Lucene query for the raw baseline (same clauses, boosts and filters PaperFeed's parser produces, built without it).
 */
final class QueryMix {

    static final String[] TAGS = {"reading-list", "survey", "to-cite"};

    record BenchQuery(String kind, String text, Query raw) {
    }

    private QueryMix() {
    }

    static List<BenchQuery> build(SyntheticArxiv corpus) {
        Random random = new Random(SyntheticArxiv.SEED + 7);
        List<BenchQuery> mix = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String w = word(corpus, random, i % 3 == 0 ? 20 : i % 3 == 1 ? 200 : 2000, i % 3 == 0 ? 200 : i % 3 == 1 ? 2000 : 15000);
            mix.add(new BenchQuery("term", w, bare(w)));
        }
        for (int i = 0; i < 50; i++) {
            int n = i < 30 ? 2 : 3;
            List<String> ws = new ArrayList<>();
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            for (int k = 0; k < n; k++) {
                String w = word(corpus, random, 30, 3000);
                ws.add(w);
                all.add(bare(w), Occur.MUST);
            }
            mix.add(new BenchQuery(n + "-word AND", String.join(" ", ws), all.build()));
        }
        for (int i = 0; i < 20; i++) {
            String phrase = word(corpus, random, 0, 60) + " " + word(corpus, random, 0, 60);
            mix.add(new BenchQuery("phrase", "\"" + phrase + "\"", phrase(phrase)));
        }
        for (int i = 0; i < 20; i++) {
            String w = word(corpus, random, 100, 3000);
            while (w.length() < 5) {
                w = word(corpus, random, 100, 3000);
            }
            String prefix = w.substring(0, 3 + random.nextInt(2));
            mix.add(new BenchQuery("prefix", prefix + "*", prefix(prefix)));
        }
        for (int i = 0; i < 20; i++) {
            String w = word(corpus, random, 20, 3000);
            mix.add(new BenchQuery("title:", "title:" + w, stemmed("title", w, 2f)));
        }
        for (int i = 0; i < 20; i++) {
            String name = corpus.surname(random);
            mix.add(new BenchQuery("author:", "author:" + name, new TermQuery(new Term("author",
                    RawAnalyzers.terms(RawAnalyzers.EXACT, name).get(0)))));
        }
        for (int i = 0; i < 15; i++) {
            String tag = TAGS[i % TAGS.length];
            String w = word(corpus, random, 0, 300);
            mix.add(new BenchQuery("tag:", "tag:" + tag + " " + w, new BooleanQuery.Builder().add(bare(w), Occur.MUST)
                    .add(new TermQuery(new Term("tag", tag)), Occur.FILTER).build()));
        }
        for (int i = 0; i < 15; i++) {
            String w = word(corpus, random, 0, 300);
            mix.add(new BenchQuery("is:starred", "is:starred " + w, new BooleanQuery.Builder().add(bare(w), Occur.MUST)
                    .add(new TermQuery(new Term("flag", "starred")), Occur.FILTER).build()));
        }
        return mix;
    }

    /**
     * 200 searches drawn (seeded) from the titles, authors and categories of real records: 40 title words, 25 two-word
     * and 15 three-word ANDs of one title's words, 20 phrases of two adjacent title words, 15 prefixes, 20
     * {@code title:} words, 20 {@code author:} surnames, 20 {@code cat:} categories (15 with a title word of the same
     * paper), 15 {@code tag:} + word and 10 {@code is:starred} + word.
     */
    static List<BenchQuery> build(RealCorpus corpus) {
        Random random = new Random(SyntheticArxiv.SEED + 13);
        List<BenchQuery> mix = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String w = titleWords(corpus, random, 1).get(0);
            mix.add(new BenchQuery("term", w, bare(w)));
        }
        for (int i = 0; i < 40; i++) {
            List<String> ws = titleWords(corpus, random, i < 25 ? 2 : 3);
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            ws.forEach(w -> all.add(bare(w), Occur.MUST));
            mix.add(new BenchQuery(ws.size() + "-word AND", String.join(" ", ws), all.build()));
        }
        for (int i = 0; i < 20; i++) {
            String phrase = adjacentPair(corpus, random);
            mix.add(new BenchQuery("phrase", "\"" + phrase + "\"", phrase(phrase)));
        }
        for (int i = 0; i < 15; i++) {
            String w = titleWords(corpus, random, 1).get(0);
            while (w.length() < 5) {
                w = titleWords(corpus, random, 1).get(0);
            }
            String prefix = w.substring(0, 3 + random.nextInt(2));
            mix.add(new BenchQuery("prefix", prefix + "*", prefix(prefix)));
        }
        for (int i = 0; i < 20; i++) {
            String w = titleWords(corpus, random, 1).get(0);
            mix.add(new BenchQuery("title:", "title:" + w, stemmed("title", w, 2f)));
        }
        for (int i = 0; i < 20; i++) {
            String name = surname(corpus, random);
            mix.add(new BenchQuery("author:", "author:" + name, new TermQuery(new Term("author",
                    RawAnalyzers.terms(RawAnalyzers.EXACT, name).get(0)))));
        }
        for (int i = 0; i < 20; i++) {
            RealCorpus.Record record = corpus.sample.get(random.nextInt(corpus.sample.size()));
            String category = record.categories().get(0);
            Query filter = new TermQuery(new Term("category", category.toLowerCase(java.util.Locale.ROOT)));
            if (i < 5) {
                mix.add(new BenchQuery("cat:", "cat:" + category, filter));
            } else {
                String w = usableWords(record.title()).isEmpty() ? titleWords(corpus, random, 1).get(0)
                        : usableWords(record.title()).get(0);
                mix.add(new BenchQuery("cat: + word", "cat:" + category + " " + w, new BooleanQuery.Builder()
                        .add(bare(w), Occur.MUST).add(filter, Occur.FILTER).build()));
            }
        }
        for (int i = 0; i < 25; i++) {
            String w = titleWords(corpus, random, 1).get(0);
            if (i < 15) {
                String tag = TAGS[i % TAGS.length];
                mix.add(new BenchQuery("tag:", "tag:" + tag + " " + w, new BooleanQuery.Builder()
                        .add(bare(w), Occur.MUST).add(new TermQuery(new Term("tag", tag)), Occur.FILTER).build()));
            } else {
                mix.add(new BenchQuery("is:starred", "is:starred " + w, new BooleanQuery.Builder()
                        .add(bare(w), Occur.MUST).add(new TermQuery(new Term("flag", "starred")), Occur.FILTER)
                        .build()));
            }
        }
        return mix;
    }

    /** {@code count} distinct usable words of one sampled title. */
    private static List<String> titleWords(RealCorpus corpus, Random random, int count) {
        while (true) {
            List<String> words = usableWords(corpus.sample.get(random.nextInt(corpus.sample.size())).title());
            if (words.size() >= count) {
                java.util.Collections.shuffle(words, random);
                return words.subList(0, count);
            }
        }
    }

    private static String adjacentPair(RealCorpus corpus, Random random) {
        while (true) {
            String[] words = corpus.sample.get(random.nextInt(corpus.sample.size())).title().split(" ");
            int at = random.nextInt(Math.max(1, words.length - 1));
            if (at + 1 < words.length && usable(words[at]) && usable(words[at + 1])) {
                return words[at].toLowerCase(java.util.Locale.ROOT) + " "
                        + words[at + 1].toLowerCase(java.util.Locale.ROOT);
            }
        }
    }

    private static String surname(RealCorpus corpus, Random random) {
        while (true) {
            List<String> authors = corpus.sample.get(random.nextInt(corpus.sample.size())).authors();
            String[] parts = authors.get(random.nextInt(authors.size())).strip().split(" ");
            String last = parts[parts.length - 1];
            if (last.matches("[A-Z][a-z]{2,}")) {
                return last;
            }
        }
    }

    /** Plain words of a title (letters only, 3+ long, not a stop word, nothing the parser treats as syntax). */
    private static List<String> usableWords(String title) {
        List<String> words = new ArrayList<>();
        for (String w : title.split(" ")) {
            if (usable(w) && !words.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                words.add(w.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return words;
    }

    private static boolean usable(String w) {
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        return w.matches("[A-Za-z]{3,}") && !lower.equals("and") && !lower.equals("or") && !lower.equals("not")
                && !RawAnalyzers.terms(RawAnalyzers.STEMMED, lower).isEmpty()
                && !RawAnalyzers.terms(RawAnalyzers.EXACT, lower).isEmpty();
    }

    private static String word(SyntheticArxiv corpus, Random random, int fromRank, int toRank) {
        while (true) {
            String w = corpus.words[fromRank + random.nextInt(toRank - fromRank)];
            if (w.length() > 2 && w.indexOf('-') < 0 && !w.equals("or") && !w.equals("and")) {
                return w;
            }
        }
    }

    /** A bare word: its stem in title (boosted) and abstract, as written in author, as written at half weight. */
    private static Query bare(String word) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(stemmed("title", word, 2f), Occur.SHOULD);
        any.add(stemmed("abstract", word, 1f), Occur.SHOULD);
        any.add(new TermQuery(new Term("author", RawAnalyzers.terms(RawAnalyzers.EXACT, word).get(0))), Occur.SHOULD);
        return any.build();
    }

    private static Query stemmed(String field, String word, float boost) {
        String stem = RawAnalyzers.terms(RawAnalyzers.STEMMED, word).get(0);
        String written = RawAnalyzers.terms(RawAnalyzers.EXACT, word).get(0);
        Query main = new TermQuery(new Term(field, stem));
        main = boost == 1f ? main : new BoostQuery(main, boost);
        if (stem.equals(written)) {
            return main;
        }
        return new BooleanQuery.Builder().add(main, Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term(field, written)), 0.5f), Occur.SHOULD).build();
    }

    private static Query phrase(String text) {
        String[] words = RawAnalyzers.terms(RawAnalyzers.EXACT, text).toArray(String[]::new);
        return new BooleanQuery.Builder()
                .add(new BoostQuery(new PhraseQuery("title", words), 2f), Occur.SHOULD)
                .add(new PhraseQuery("abstract", words), Occur.SHOULD)
                .add(new PhraseQuery("author", words), Occur.SHOULD).build();
    }

    /**
     * With the rewrite PaperFeed's parser gives a prefix (each segment's matches gathered into one set), so the raw
     * side runs the same clauses; Lucene's default rewrite cost the raw side 2-4x as much on short prefixes of
     * common words.
     */
    private static Query prefix(String prefix) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(wordsUnder("title", prefix), 2f), Occur.SHOULD)
                .add(wordsUnder("abstract", prefix), Occur.SHOULD)
                .add(wordsUnder("author", prefix), Occur.SHOULD).build();
    }

    private static Query wordsUnder(String field, String prefix) {
        return new PrefixQuery(new Term(field, prefix), org.apache.lucene.search.MultiTermQuery.CONSTANT_SCORE_REWRITE);
    }
}
