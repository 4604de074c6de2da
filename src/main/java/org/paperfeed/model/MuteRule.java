package org.paperfeed.model;

import java.util.Objects;

/**
 * A rule in the query syntax ({@code title:survey}, {@code cat:cs.CV -tag:keep}) whose matches are hidden from day
 * and source views. Starred and tagged papers are never hidden by a rule.
 *
 * @param id    stable, so a rule can be removed or edited by id whatever its text
 * @param query the rule as the user typed it
 */
public record MuteRule(String id, String query) {

    public MuteRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(query, "query");
        if (query.isBlank()) {
            throw new IllegalArgumentException("a mute rule needs a query");
        }
    }
}
