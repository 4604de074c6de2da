package org.paperfeed.library;

import java.io.IOException;
import java.time.ZoneId;
import org.apache.lucene.search.IndexSearcher;
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
 * listing if it has none ({@link LegacyListings}), and written again with its marks from the journal; one commit
 * then records the new schema. A crash before that commit leaves the old commit, which migrates again on the next
 * open, so migrating is idempotent.
 */
final class SchemaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigration.class);

    /** What a migration did. */
    record Migrated(int fromSchema, int papers, int unreadable) {
    }

    private SchemaMigration() {
    }

    static Migrated migrate(PaperIndex index, UserStateStore states, ZoneId zone) throws IOException {
        int from = index.openedSchema();
        int[] counts = new int[2];
        IndexSearcher searcher = index.acquire();
        try {
            PaperIndex.forEachLive(searcher, doc -> {
                StoredPaper stored;
                try {
                    stored = PaperDocuments.fromDocument(doc);
                } catch (RuntimeException e) {
                    // Left as it is: this version could not show it either, and dropping it would lose a paper.
                    counts[1]++;
                    LOG.warn("A stored paper could not be read for migration: {}", e.toString());
                    return;
                }
                Paper paper = LegacyListings.complete(stored.paper(), stored.added(), zone);
                index.put(paper.id(), PaperDocuments.toDocument(paper, stateOf(states, paper), stored.added()));
                counts[0]++;
            });
        } catch (IOException | RuntimeException e) {
            index.release(searcher);
            index.rollback();
            throw e;
        }
        index.release(searcher);
        index.commit(states.lastSeq());
        LOG.info("Migrated the index from schema {} to {}: {} papers, {} unreadable left as they were", from,
                PaperIndex.SCHEMA_VERSION, counts[0], counts[1]);
        return new Migrated(from, counts[0], counts[1]);
    }

    /** The marks under the paper's id, or under its title id if it was marked before its arXiv id was known. */
    private static PaperState stateOf(UserStateStore states, Paper paper) {
        PaperState state = states.get(paper.id());
        return state.isUntouched() ? states.get(PaperId.fromTitle(paper.title())) : state;
    }
}
