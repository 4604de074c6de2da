package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which written addresses an abstract's reader can open. The bare ones (no scheme, no {@code www.}) are from real
 * arXiv abstracts, where code and project pages are mostly written so.
 */
class TextLinksTest {

    @Test
    void aCodeOrProjectPageWrittenWithoutSchemeIsALinkWithoutTheSentencesPunctuation() {
        assertThat(urls("Code is available at github.com/claudiashi57/dragonnet."))
                .containsExactly("https://github.com/claudiashi57/dragonnet");
        assertThat(urls("Project page: dante-wild.github.io.")).containsExactly("https://dante-wild.github.io");
        assertThat(urls("(see doi.org/10.1088/2040-8986/aaa326). Data at huggingface.co/datasets/x/y."))
                .containsExactly("https://doi.org/10.1088/2040-8986/aaa326", "https://huggingface.co/datasets/x/y");
        assertThat(urls("Code: \\url{github.com/msaremi/GENEREF}")).containsExactly("https://github.com/msaremi/GENEREF");
    }

    @Test
    void whereTheAddressIsWrittenIsWhatTheReaderSees() {
        String text = "Code is available at github.com/gkahn13/GtS, and more.";
        TextLinks.Link link = TextLinks.find(text).get(0);
        assertThat(text.substring(link.start(), link.end())).isEqualTo("github.com/gkahn13/GtS");
    }

    @Test
    void aBareNameOfACompanyOrAStandardStaysText() {
        assertThat(urls("Orders from JD.com and VK.com, described in schema.org terms, on Altmetric.com."))
                .isEmpty();
        assertThat(urls("Write to someone@github.com/x or see file.py and e.g. the results.")).isEmpty();
    }

    @Test
    void anAddressWithASchemeOrWwwIsFoundOnceInOrder() {
        assertThat(urls("First www.example.org/a then https://github.com/x/y then github.com/z/w."))
                .containsExactly("https://www.example.org/a", "https://github.com/x/y", "https://github.com/z/w");
    }

    private static List<String> urls(String text) {
        return TextLinks.find(text).stream().map(TextLinks.Link::url).toList();
    }
}
