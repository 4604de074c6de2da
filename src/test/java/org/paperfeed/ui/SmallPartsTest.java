package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperfeed.app.prefs.SavedSearch;

class SmallPartsTest {

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
    void queryTermsKeepTextWordsAndPhrasesOnly() {
        assertThat(QueryTerms.of("diffusion \"protein folding\" -chess author:turing title:graph is:unread net*"))
                .containsExactly("diffusion", "protein folding", "graph", "net");
    }

    @Test
    void marksWordsStartingWithATerm() {
        assertThat(QueryTerms.mark("Networks and the internet network", List.of("network")).marked("[", "]"))
                .isEqualTo("[Networks] and the internet [network]");
    }

    @Test
    void feedsRoundTripThroughTheirKeys() {
        List<SavedSearch> saved = List.of(new SavedSearch("Agents", "agent"));
        assertThat(Feed.fromKey("starred", saved)).isEqualTo(Feed.STARRED);
        assertThat(Feed.fromKey("tag:ml", saved)).isEqualTo(Feed.tag("ml"));
        assertThat(Feed.fromKey("saved:Agents", saved).query()).isEqualTo("agent");
        assertThat(Feed.fromKey("saved:Gone", saved)).isEqualTo(Feed.ALL);
        assertThat(Feed.TODAY.queryWith("a OR b")).isEqualTo("(added:today) (a OR b)");
    }
}
