package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How text is cut for JavaFX's Text nodes around words it shapes as complex text ({@link ComplexWords}). */
class ComplexWordsTest {

    @Test
    void plainTextStaysOnePiece() {
        assertThat(ComplexWords.pieces("Schrödinger’s CO₂ and ℒ: 𝓛 in α-β, 中文, 🚀")).containsExactly(
                "Schrödinger’s CO₂ and ℒ: 𝓛 in α-β, 中文, 🚀");
        assertThat(ComplexWords.pieces("")).containsExactly("");
    }

    @Test
    void eachWordWithAMarkOrAnotherScriptIsAPieceOfItsOwn() {
        assertThat(ComplexWords.pieces("values of N\u0304\u2098, we improve the estimations of N\u2098 obtained"))
                .containsExactly("values of ", "N\u0304\u2098,", " we improve the estimations of N\u2098 obtained");
        assertThat(ComplexWords.pieces("Schro\u0308dinger and Poincare\u0301"))
                .containsExactly("Schro\u0308dinger", " and ", "Poincare\u0301");
        assertThat(ComplexWords.pieces("in \u0939\u093f\u0928\u094d\u0926\u0940 text a\u200db"))
                .containsExactly("in ", "\u0939\u093f\u0928\u094d\u0926\u0940", " text ", "a\u200db");
    }

    @Test
    void anyTellsTextWithSuchACharacterFromPlainText() {
        assertThat(ComplexWords.any("Schro\u0308dinger")).isTrue();
        assertThat(ComplexWords.any("a\u200db")).isTrue();
        assertThat(ComplexWords.any("Schrödinger’s CO₂ in α-β, 中文")).isFalse();
        assertThat(ComplexWords.any("")).isFalse();
    }

    @Test
    void thePiecesJoinToTheText() {
        String text = "  N\u0304  leading and trailing spaces e\u0301  ";
        assertThat(String.join("", ComplexWords.pieces(text))).isEqualTo(text);
    }
}
