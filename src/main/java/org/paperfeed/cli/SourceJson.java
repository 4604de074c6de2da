package org.paperfeed.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.paperfeed.app.sources.SourceInfo;
import org.paperfeed.app.sources.SourceStatus;

/**
 * A source as {@code sources --json} prints it. A published contract: add fields, never rename or remove them.
 *
 * @param state       never, ok, offline or error
 * @param lastAttempt ISO-8601, absent when never refreshed
 * @param error       why the last refresh failed, absent when it succeeded
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SourceJson(String name, String url, String format, boolean enabled, boolean userAdded, String state,
                  String lastAttempt, String lastSuccess, String error, Integer added, Integer updated,
                  Boolean notModified) {

    static SourceJson of(SourceInfo source) {
        SourceStatus s = source.status();
        boolean succeeded = s.lastSuccess() != null;
        return new SourceJson(source.name(), source.url(), source.format(), source.enabled(), source.userAdded(),
                s.state().name().toLowerCase(java.util.Locale.ROOT), text(s.lastAttempt()), text(s.lastSuccess()),
                s.error(), succeeded ? s.added() : null, succeeded ? s.updated() : null,
                succeeded ? s.notModified() : null);
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
