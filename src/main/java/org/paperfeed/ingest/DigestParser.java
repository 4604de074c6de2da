package org.paperfeed.ingest;

import java.io.InputStream;
import java.util.List;
import org.paperfeed.model.Paper;

/** Reads one digest format. Parsers never touch the network: bytes in, papers out. */
public interface DigestParser {

    DigestFormat format();

    /** Every paper in the digest, or an exception naming {@code context.origin()}; never a partial list. */
    List<Paper> parse(InputStream in, ParseContext context) throws DigestParseException;

    /**
     * The whole digest: its papers, what the parser had to assume to date them (a year a page left out) and how many
     * entries it skipped as no paper.
     */
    default Digest parseDigest(InputStream in, ParseContext context) throws DigestParseException {
        return new Digest(format(), parse(in, context));
    }
}
