package org.paperfeed.library;

import java.io.IOException;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.paperfeed.library.PaperDocuments.StoredPaper;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings an index written with an older document schema up to {@link PaperIndex#SCHEMA_VERSION}, in place, from its
 * own stored fields: the kept digests are never read again (the archive is pruned, keeps identical bytes once, and
 * never held snapshot imports). Every live document is read back ({@link PaperDocuments#fromDocument}), given a
 * listing if it has none ({@link LegacyListings}), and written again with its marks from the journal into a new
 * index in the same folder (a new schema may change a field's doc values, which Lucene allows only in a new index);
 * one commit then records the new schema. A crash before that commit leaves the old commit, which migrates again
 * on the next open, so migrating is idempotent. An index whose documents this schema reads as they are
 * ({@link PaperIndex#needsRewrite} false: schema 4, whose read terms schema 5 leaves unread) only gets that commit.
 */
final class SchemaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigration.class);

    /** What a migration did. */
    record Migrated(int fromSchema, int papers, int unreadable) {
    }

    private SchemaMigration() {
    }

    /** Migrates the writable index in place (see {@link PaperIndex#rewriteAll}). */
    static Migrated migrate(PaperIndex index, UserStateStore states, ZoneId zone) throws IOException {
        int from = index.openedSchema();
        if (!index.needsRewrite()) {
            // The documents are as they were: how far into the journal they reflect stays the last commit's word, so
            // marks journaled after it (a crash between the two) are still caught up on this open.
            index.commit(index.committedStateSeq());
            LOG.info("Migrated the index from schema {} to {}: its documents are read as they are", from,
                    PaperIndex.SCHEMA_VERSION);
            return new Migrated(from, index.size(), 0);
        }
        Rewriter rewriter = new Rewriter(states, zone, true);
        index.rewriteAll(rewriter, states.lastSeq());
        LOG.info("Migrated the index from schema {} to {}: {} papers, {} unreadable", from,
                PaperIndex.SCHEMA_VERSION, rewriter.papers, rewriter.unreadable);
        return new Migrated(from, rewriter.papers, rewriter.unreadable);
    }

    /**
     * A read-only view of an index that {@link PaperIndex#needsRewrite}: migrated into memory, the files on disk left
     * alone.
     */
    static PaperIndex inMemory(PaperIndex index, UserStateStore states, ZoneId zone) throws IOException {
        LOG.info("Reading an index of schema {} through a copy migrated in memory", index.openedSchema());
        return index.rewrittenInMemory(new Rewriter(states, zone, false));
    }

    /**
     * One stored document read back, given a listing if it has none and the DOI its links name ({@link LegacyDois}),
     * and written in the current schema. A paper known by its title whose DOI is now known is re-keyed to its DOI id
     * ({@code rekey}, a writable migration only): the document keeps the marks of its title id, and the library's
     * open then moves them in the journal as it does for any interrupted re-keying (the title id still finds the
     * paper). A read-only view keeps every id, since it cannot move marks.
     */
    private static final class Rewriter implements PaperIndex.DocumentRewriter {
        private final UserStateStore states;
        private final ZoneId zone;
        private final boolean rekey;
        /** Ids given by re-keying: a second paper naming the same DOI keeps its title id rather than collide. */
        private final Set<PaperId> rekeyed = new HashSet<>();
        private int papers;
        private int unreadable;

        Rewriter(UserStateStore states, ZoneId zone, boolean rekey) {
            this.states = states;
            this.zone = zone;
            this.rekey = rekey;
        }

        @Override
        public Document rewrite(Document old) {
            StoredPaper stored;
            try {
                stored = PaperDocuments.fromDocument(old);
            } catch (RuntimeException e) {
                // This version could not show it either; say so rather than fail the whole library.
                unreadable++;
                LOG.warn("A stored paper could not be read for migration and is left out: {}", e.toString());
                return null;
            }
            Paper paper = LegacyDois.complete(LegacyListings.complete(stored.paper(), stored.added(), zone));
            if (rekey && paper.id().isTitleOnly() && paper.doi() != null) {
                PaperId byDoi = PaperId.fromDoi(paper.doi());
                if (byDoi.isDoi() && rekeyed.add(byDoi)) {
                    paper = paper.withId(byDoi);
                }
            }
            papers++;
            return PaperDocuments.toDocument(paper, stateOf(states, paper), stored.added());
        }
    }

    /** The marks under the paper's id, or under an id it had before (its title id, its DOI id). */
    private static PaperState stateOf(UserStateStore states, Paper paper) {
        return PaperLibrary.formerState(states, paper.id(), paper);
    }
}
