package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperfeed.model.SavedSearch;
import org.paperfeed.model.HighlightedText;
import org.paperfeed.model.HighlightedText.Span;
import org.testfx.api.FxToolkit;

class SmallPartsTest {

    /** An empty search's count on other days reads as the window's other counts: grouped, and "1 paper matches". */
    @Test
    void theCountOnOtherDaysIsGroupedAsEveryCountInTheWindow() {
        assertThat(EmptyList.onOtherDays(42_357))
                .isEqualTo("42,357 papers match on other days: All days (in the day bar) shows them.");
        assertThat(EmptyList.onOtherDays(1))
                .isEqualTo("1 paper matches on other days: All days (in the day bar) shows it.");
    }

    @Test
    void onlyHttpAndHttpsLinksMayBeOpened() {
        assertThat(SafeLinks.check("https://arxiv.org/abs/2403.00001")).contains("https://arxiv.org/abs/2403.00001");
        assertThat(SafeLinks.check("HTTP://example.org/x")).isPresent();
        assertThat(SafeLinks.check("javascript:alert(1)")).isEmpty();
        assertThat(SafeLinks.check("file:///etc/passwd")).isEmpty();
        assertThat(SafeLinks.check("https:///nohost")).isEmpty();
        assertThat(SafeLinks.check("https://a.org/\nx")).isEmpty();
        assertThat(SafeLinks.check("vscode://open")).isEmpty();
    }

    @Test
    void aRefilledTextFlowShowsOnlyTheNewTextAndItsMatches() throws Exception {
        FxToolkit.registerPrimaryStage();
        HighlightedTextFlow flow = new HighlightedTextFlow(Css.ROW_TITLE, Css.ROW_TITLE);

        flow.setText(new HighlightedText(List.of(new Span("Diffusion", true), new Span(" models for ", false),
                new Span("video", true), new Span(" generation", false))));
        flow.setText(new HighlightedText(List.of(new Span("A survey of ", false), new Span("agents", true))));
        assertThat(flow.plainText()).isEqualTo("A survey of agents");
        assertThat(flow.matches()).containsExactly("agents");

        flow.setText(new HighlightedText(List.of(new Span("Agents", true), new Span(" that plan", false),
                new Span(" and ", false))));
        assertThat(flow.plainText()).isEqualTo("Agents that plan and ");
        assertThat(flow.matches()).containsExactly("Agents");
        flow.setText(HighlightedText.plain("Nothing matched"));
        assertThat(flow.matches()).isEmpty();
    }

    @Test
    void feedsRoundTripThroughTheirKeys() {
        List<SavedSearch> saved = List.of(new SavedSearch("Agents", "agent"));
        assertThat(Feed.fromKey("starred", saved)).isEqualTo(Feed.STARRED);
        assertThat(Feed.fromKey("tag:ml", saved)).isEqualTo(Feed.tag("ml"));
        assertThat(Feed.fromKey("saved:Agents", saved).query()).isEqualTo("agent");
        assertThat(Feed.fromKey("saved:Gone", saved)).isEqualTo(Feed.ALL);
        assertThat(Feed.fromKey("source:Hugging Face daily", saved)).isEqualTo(Feed.source("Hugging Face daily"));
        assertThat(Feed.fromKey("muted", saved).muted()).isTrue();
        assertThat(Feed.saved(new SavedSearch("Either", "a OR b")).queryWith("c OR d")).isEqualTo("(a OR b) (c OR d)");
    }
}
