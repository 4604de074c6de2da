package org.paperfeed.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.paperfeed.model.Paper;

/**
 * The one place that turns a parser's surprises into a {@link DigestParseException} naming the origin, so that no
 * parser can leak a bare {@code RuntimeException} (a record refusing a blank title, a library's bug) to the app layer.
 */
abstract class GuardedParser implements DigestParser {

    static final int MAX_BYTES = DigestSize.MAX_BYTES;

    @Override
    public final List<Paper> parse(InputStream in, ParseContext context) throws DigestParseException {
        return parseDigest(in, context).papers();
    }

    @Override
    public final Digest parseDigest(InputStream in, ParseContext context) throws DigestParseException {
        try {
            byte[] content = in.readNBytes(MAX_BYTES + 1);
            if (content.length > MAX_BYTES) {
                throw new DigestParseException(context.origin(), DigestSize.tooLarge());
            }
            return readDigest(content, context);
        } catch (IOException e) {
            throw new DigestParseException(context.origin(), "could not be read: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new DigestParseException(context.origin(),
                    "could not be read as " + describe(format()) + " (" + e.getClass().getSimpleName() + ": "
                            + e.getMessage() + ")", e);
        }
    }

    /**
     * The digest of a whole, bounded document: its papers, what the parser had to assume to date them, and how many of
     * its entries were not papers (no title) and were skipped.
     */
    abstract Digest readDigest(byte[] content, ParseContext context) throws DigestParseException;

    static String describe(DigestFormat format) {
        switch (format) {
            case TEXT_PAGE:
                return "a text page of papers";
            case HF_DAILY_JSON:
                return "Hugging Face daily papers JSON";
            case ARXIV_ATOM:
                return "an arXiv API response";
            case RSS:
                return "an RSS feed";
            case ARXIV_SNAPSHOT:
                return "the arXiv metadata snapshot (JSON lines)";
            case PAPERFEED_JSON:
                return "a PaperFeed JSON export";
            default:
                return "an Atom feed";
        }
    }
}
