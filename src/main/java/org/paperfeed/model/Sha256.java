package org.paperfeed.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of some bytes in lower-case hex: what names a title-only paper, a kept digest, a refreshed one. */
public final class Sha256 {

    private Sha256() {
    }

    /** The first {@code bytes} bytes of the digest, as {@code 2 * bytes} hex characters; 32 for the whole. */
    public static String hex(byte[] content, int bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    public static String hex(byte[] content) {
        return hex(content, 32);
    }
}
