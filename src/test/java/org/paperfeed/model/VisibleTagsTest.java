package org.paperfeed.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The form the library upgrades an older version's tags to on open ({@link PaperState#withVisibleTags}): the one a
 * new tag gets, but for tags that have no other form or that only the user should change.
 */
class VisibleTagsTest {

    private static PaperState tagged(String... tags) {
        return new PaperState(true, false, Set.of(tags), false, "a note");
    }

    @Test
    void aTagWithInvisibleCharactersBecomesTheTagItLooksLikeAndJoinsIt() {
        PaperState upgraded = tagged("m\u200Bl", "ml", "\uFEFFoptimal\u00A0transport", "cafe\u0301").withVisibleTags();

        assertThat(upgraded.tags()).containsExactlyInAnyOrder("ml", "optimal transport", "caf\u00E9");
        assertThat(upgraded.starred()).isTrue();
        assertThat(upgraded.note()).isEqualTo("a note");
    }

    @Test
    void tagsWithNoOtherFormOrThatTheCheckRefusesAreKeptAsTheyAre() {
        PaperState state = tagged("\u200B", "\u202Eml", "a\u0007b", "\u0645\u06CC\u200C\u062E");

        assertThat(state.withVisibleTags()).isSameAs(state);
    }

    /**
     * A tag named to remove it is read as a new tag is, and removes every tag that looks like it: one an older version
     * wrote with a zero-width space goes with the {@code ml} it looks like even before the library has upgraded it (on
     * a full disk it cannot). A tag kept as written is removed by the text {@code tags} prints.
     */
    @Test
    void aTagNamedToRemoveItRemovesTheTagsThatLookLikeIt() {
        PaperState state = tagged("m\u200Bl", "ml", "\u200B", "\u202Eml", "survey");

        assertThat(state.withoutTags(java.util.List.of("\u2060ML\u00A0")).tags())
                .containsExactlyInAnyOrder("\u200B", "\u202Eml", "survey");
        assertThat(state.withoutTags(java.util.List.of("\u200B", "\u202EML")).tags())
                .containsExactlyInAnyOrder("m\u200Bl", "ml", "survey");
    }

    @Test
    void plainTagsAreLeftAlone() {
        PaperState state = tagged("ml", "to-read", "optimal transport");

        assertThat(state.withVisibleTags()).isSameAs(state);
    }
}
