package org.paperfeed.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The policy the window asks before opening a link, and the exports before writing one as a link. */
class PaperLinkTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://arxiv.org/abs/2403.01234", "http://export.arxiv.org/abs/2403.01234",
        "HTTPS://huggingface.co/papers/2403.01234", "https://example.org:8443/p?q=1#top"})
    void webAddressesMayBeOpened(String url) {
        assertThat(new PaperLink(LinkType.ABSTRACT, url).isSafeToOpen()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(document.cookie)", " javascript:alert(1)",
        "java\tscript:alert(1)", "file:///etc/passwd", "file://C:/Windows/win.ini", "data:text/html,<script>x</script>",
        "vbscript:msgbox", "ftp://example.org/x", "//evil.example/x", "/abs/2403.01234", "arxiv.org/abs/1",
        "https://", "https:///path", "https://arxiv.org@evil.example/", "https://arxiv.org/abs/1\nx", "", "http:x"})
    void everythingElseMayNot(String url) {
        assertThat(new PaperLink(LinkType.OTHER, url).isSafeToOpen()).as(url).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {2001, 100_000})
    void anAbsurdlyLongAddressMayNot(int length) {
        String url = "https://example.org/" + "a".repeat(length);
        assertThat(PaperLink.isSafeToOpen(url)).isFalse();
    }
}
