package org.paperfeed.library;

import java.util.Random;

/**
 * Text of words of six random letters, seeded, for tests that need segments of a real batch's size: about 40,000
 * such words make a segment past 2 MB, the largest whose merge a commit waits for, so its merges run after the
 * commit that starts them instead of joining it.
 */
public final class RandomWords {

    private RandomWords() {
    }

    public static String of(int count, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(count * 7);
        for (int w = 0; w < count; w++) {
            if (w > 0) {
                text.append(' ');
            }
            for (int c = 0; c < 6; c++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
        }
        return text.toString();
    }
}
