package org.paperfeed.ingest;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text for the formats that carry no encoding declaration of their own (text pages, JSON).
 * A byte-order mark wins, else UTF-8, because that is what every source we read actually sends ({@link DigestReader}
 * has already transcoded text whose server named another charset). Undecodable bytes become U+FFFD rather than an
 * error: one bad byte should not cost a whole digest.
 */
final class TextDecoder {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TextDecoder() {
    }

    static String decode(byte[] bytes) {
        int bom = bomLength(bytes);
        return new String(bytes, bom, bytes.length - bom, charset(bytes));
    }

    /** The text {@link #decode} gives, read as it is needed rather than decoded whole (a JSON document's head). */
    static Reader reader(byte[] bytes) {
        int bom = bomLength(bytes);
        return new InputStreamReader(new ByteArrayInputStream(bytes, bom, bytes.length - bom), charset(bytes));
    }

    private static Charset charset(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return StandardCharsets.UTF_8;
    }

    private static int bomLength(byte[] bytes) {
        return startsWith(bytes, UTF8_BOM) ? 3 : charset(bytes) == StandardCharsets.UTF_8 ? 0 : 2;
    }

    /** True when the bytes carry a byte-order mark, which then overrides any declared charset. */
    static boolean hasBom(byte[] bytes) {
        return startsWith(bytes, UTF8_BOM) || bytes.length >= 2
                && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE);
    }

    /** Whether {@code bytes} are well-formed UTF-8, tolerating a sequence cut off at the very end of a sample. */
    static boolean isUtf8(byte[] bytes, int length) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int usable = length;
        // A sample cut in the middle of a multi-byte character is still UTF-8: drop up to 3 trailing bytes of it.
        for (int back = 1; back <= 3 && back <= length; back++) {
            if ((bytes[length - back] & 0xC0) == 0xC0) {
                usable = length - back;
                break;
            }
            if ((bytes[length - back] & 0x80) == 0) {
                break;
            }
        }
        try {
            decoder.decode(ByteBuffer.wrap(bytes, 0, usable));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
