package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatestOnlyTest {

    @Test
    void aNewRequestMakesEveryEarlierResultStaleButNotItsOwnFollowUps() {
        LatestOnly searches = new LatestOnly();
        long first = searches.next();
        long second = searches.next();

        assertThat(searches.isLatest(first)).as("typed past").isFalse();
        assertThat(searches.isLatest(second)).isTrue();
        assertThat(searches.isLatest(searches.current())).as("the next page of the current search").isTrue();
        searches.next();
        assertThat(searches.isLatest(second)).isFalse();
    }
}
