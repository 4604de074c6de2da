package org.paperfeed.library;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.paperfeed.model.MuteRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which papers are hidden from day and source views: those the user is not interested in, and those a mute rule
 * matches unless the user kept them (starred or tagged). Both are index terms and rule queries, so hiding is part of
 * the Lucene query rather than a pass over stored fields.
 */
final class HiddenPapers {

    private static final Logger LOG = LoggerFactory.getLogger(HiddenPapers.class);

    private final Query mutedByRules;
    private final Query hidden;

    private HiddenPapers(Query mutedByRules, Query hidden) {
        this.mutedByRules = mutedByRules;
        this.hidden = hidden;
    }

    /**
     * The hidden papers under these rules. A rule whose query no longer parses (the syntax changed under it) hides
     * nothing and is logged, rather than breaking every day view.
     */
    static HiddenPapers under(List<MuteRule> rules, PaperQueryParser parser) {
        BooleanQuery.Builder anyRule = new BooleanQuery.Builder();
        int parsed = 0;
        for (MuteRule rule : rules) {
            try {
                anyRule.add(parser.parse(rule.query()), Occur.SHOULD);
                parsed++;
            } catch (QuerySyntaxException e) {
                LOG.warn("Mute rule {} ({}) is ignored: {}", rule.id(), rule.query(), e.getMessage());
            }
        }
        Query muted = parsed == 0 ? new MatchNoDocsQuery("no mute rule")
                : new BooleanQuery.Builder().add(anyRule.build(), Occur.MUST).add(kept(), Occur.MUST_NOT).build();
        Query hidden = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(PaperFields.FLAG, PaperFields.FLAG_NOT_INTERESTED)), Occur.SHOULD)
                .add(muted, Occur.SHOULD)
                .build();
        return new HiddenPapers(muted, hidden);
    }

    static Query kept() {
        return new TermQuery(new Term(PaperFields.FLAG, PaperFields.FLAG_KEPT));
    }

    /** Papers a rule matches and the user did not keep. */
    Query mutedByRules() {
        return mutedByRules;
    }

    /** Papers muted by a rule or marked not interested. */
    Query hidden() {
        return hidden;
    }

    /** {@code query} without the hidden papers. */
    Query leftOutOf(Query query) {
        return new BooleanQuery.Builder().add(query, Occur.MUST).add(hidden, Occur.MUST_NOT).build();
    }

    /** For each of {@code docs} (top-level doc ids), whether it is hidden. */
    boolean[] flags(IndexSearcher searcher, int[] docs) throws IOException {
        boolean[] flags = new boolean[docs.length];
        if (docs.length == 0) {
            return flags;
        }
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(docs[a], docs[b]));
        Weight weight = searcher.createWeight(searcher.rewrite(hidden), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leafIndex = -1;
        DocIdSetIterator matches = null;
        for (int i : order) {
            int leaf = ReaderUtil.subIndex(docs[i], leaves);
            if (leaf != leafIndex) {
                leafIndex = leaf;
                Scorer scorer = weight.scorer(leaves.get(leaf));
                matches = scorer == null ? null : scorer.iterator();
            }
            if (matches == null) {
                continue;
            }
            int target = docs[i] - leaves.get(leaf).docBase;
            int at = matches.docID() >= target ? matches.docID() : matches.advance(target);
            flags[i] = at == target;
        }
        return flags;
    }
}
