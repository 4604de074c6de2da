package org.paperfeed.model;

import java.util.List;
import java.util.stream.Collectors;

/** Text in which the parts that matched a search are marked; the UI styles them, the CLI brackets them. */
public record HighlightedText(List<Span> spans) {

    public record Span(String text, boolean match) {
    }

    public HighlightedText {
        spans = List.copyOf(spans);
    }

    public static HighlightedText plain(String text) {
        return new HighlightedText(List.of(new Span(text, false)));
    }

    public String text() {
        return spans.stream().map(Span::text).collect(Collectors.joining());
    }

    /** The text with every match wrapped in {@code open} and {@code close}, e.g. {@code **} for Markdown. */
    public String marked(String open, String close) {
        return spans.stream().map(s -> s.match() ? open + s.text() + close : s.text()).collect(Collectors.joining());
    }

    public boolean hasMatch() {
        return spans.stream().anyMatch(Span::match);
    }
}
