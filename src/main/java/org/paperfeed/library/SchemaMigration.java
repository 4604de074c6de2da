package org.paperfeed.library;

import java.io.IOException;
import java.time.ZoneId;
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
 * on the next open, so migrating is idempotent.
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
        Rewriter rewriter = new Rewriter(states, zone);
        index.rewriteAll(rewriter, states.lastSeq());
        LOG.info("Migrated the index from schema {} to {}: {} papers, {} unreadable", from,
                PaperIndex.SCHEMA_VERSION, rewriter.papers, rewriter.unreadable);
        return new Migrated(from, rewriter.papers, rewriter.unreadable);
    }

    /** A read-only view of an older-schema index: migrated into memory, the files on disk left alone. */
    static PaperIndex inMemory(PaperIndex index, UserStateStore states, ZoneId zone) throws IOException {
        LOG.info("Reading an index of schema {} through a copy migrated in memory", index.openedSchema());
        return index.rewrittenInMemory(new Rewriter(states, zone));
    }

    /** One stored document read back, given a listing if it has none, and written in the current schema. */
    private static final class Rewriter implements PaperIndex.DocumentRewriter {
        private final UserStateStore states;
        private final ZoneId zone;
        private int papers;
        private int unreadable;

        Rewriter(UserStateStore states, ZoneId zone) {
            this.states = states;
            this.zone = zone;
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
            Paper paper = LegacyListings.complete(stored.paper(), stored.added(), zone);
            papers++;
            return PaperDocuments.toDocument(paper, stateOf(states, paper), stored.added());
        }
    }

    /** The marks under the paper's id, or under its title id if it was marked before its arXiv id was known. */
    private static PaperState stateOf(UserStateStore states, Paper paper) {
        PaperState state = states.get(paper.id());
        return state.isUntouched() ? states.get(PaperId.fromTitle(paper.title())) : state;
    }
}
