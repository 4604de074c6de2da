package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the reading pane's Why and a row's badge say of the interest a paper is most like, and how well. */
class ForYouMatchTest {

    /**
     * "Matches" only at even odds or better: "Matches ★ starred · 0%" for a paper far from anything starred read as
     * a contradiction. Below, the interest is the one the paper is closest to.
     */
    @Test
    void aPaperMatchesAnInterestOnlyAtEvenOddsOrBetterAndIsOtherwiseClosestToIt() {
        assertThat(new ForYouMatch("starred", 0.83).describe()).isEqualTo("Matches ★ starred · score 0.83");
        assertThat(new ForYouMatch("tag:robotics", 0.5).describe()).isEqualTo("Matches #robotics · score 0.50");
        // The words agree with the score as shown: 0.499 shows as 0.50, even odds.
        assertThat(new ForYouMatch("starred", 0.499).describe()).isEqualTo("Matches ★ starred · score 0.50");
        assertThat(new ForYouMatch("starred", 0.494).describe()).isEqualTo("Closest to ★ starred · score 0.49");
        assertThat(new ForYouMatch("starred", 0.4).describe()).isEqualTo("Closest to ★ starred · score 0.40");
        assertThat(new ForYouMatch("tag:robotics", 0.012).describe()).isEqualTo("Closest to #robotics · score 0.01");
        // Not "score 0.00", which reads as none at all.
        assertThat(new ForYouMatch("starred", 0.0004).describe()).isEqualTo("Closest to ★ starred · score < 0.01");
        assertThat(new ForYouMatch("starred", 1.0).describe()).isEqualTo("Matches ★ starred · score 1.00");
    }
}
