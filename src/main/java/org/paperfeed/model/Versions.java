package org.paperfeed.model;

/** Compares arXiv version labels ("v1", "v12"). */
final class Versions {

    private Versions() {
    }

    /** True when {@code candidate} names a later version than {@code current}; false when either is unknown. */
    static boolean isNewer(String candidate, String current) {
        int a = number(candidate);
        int b = number(current);
        return a > 0 && b > 0 && a > b;
    }

    private static int number(String version) {
        if (version == null || version.length() < 2 || (version.charAt(0) != 'v' && version.charAt(0) != 'V')) {
            return -1;
        }
        try {
            return Integer.parseInt(version.substring(1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
