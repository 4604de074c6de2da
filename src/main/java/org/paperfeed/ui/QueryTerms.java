package org.paperfeed.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperfeed.model.HighlightedText;

/**
 * The words of a query a reader looks for in an abstract, and marking them there.
 *
 * <p>The app highlights only the short snippets of the first hits; the reading pane shows the whole abstract, so
 * it marks the typed words itself: each word as a prefix of a word in the text ("model" marks "models"), which
 * approximates the index's stemming closely enough for the eye. Negated words and field filters other than
 * title:/abstract: are not marked, since they do not match text.
 */
public final class QueryTerms {

    private static final Pattern TOKEN = Pattern.compile("(-?)(?:([a-zA-Z]+):)?(\"[^\"]*\"?|[^\\s()\"]+)");
    private static final Set<String> TEXT_FIELDS = Set.of("title", "abstract");
    private static final int MIN_LENGTH = 2;

    private QueryTerms() {
    }

    /** The lower-case words and phrases of {@code query} that can appear in an abstract. */
    public static List<String> of(String query) {
        List<String> terms = new ArrayList<>();
        if (query == null) {
            return terms;
        }
        Matcher m = TOKEN.matcher(query);
        while (m.find()) {
            String field = m.group(2);
            String word = m.group(3).replace("\"", "").replace("*", "").strip().toLowerCase(Locale.ROOT);
            boolean negated = !m.group(1).isEmpty();
            boolean textual = field == null || TEXT_FIELDS.contains(field.toLowerCase(Locale.ROOT));
            if (!negated && textual && word.length() >= MIN_LENGTH && !word.equals("or")) {
                terms.add(word);
            }
        }
        return terms;
    }

    /** {@code text} with every word starting with one of {@code terms} (or containing a phrase term) marked. */
    public static HighlightedText mark(String text, List<String> terms) {
        if (terms.isEmpty() || text.isEmpty()) {
            return HighlightedText.plain(text);
        }
        StringBuilder alternatives = new StringBuilder();
        for (String term : terms) {
            alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(term));
        }
        // Whole words only at the start, so "net" marks "network" but not "internet".
        Pattern pattern = Pattern.compile("\\b(?:" + alternatives + ")[\\p{L}\\p{N}]*",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<HighlightedText.Span> spans = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                spans.add(new HighlightedText.Span(text.substring(last, m.start()), false));
            }
            spans.add(new HighlightedText.Span(m.group(), true));
            last = m.end();
        }
        if (last < text.length()) {
            spans.add(new HighlightedText.Span(text.substring(last), false));
        }
        return new HighlightedText(spans);
    }
}
