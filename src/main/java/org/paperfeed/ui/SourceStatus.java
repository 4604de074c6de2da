package org.paperfeed.ui;

import java.util.Objects;

/**
 * How the last refresh of one source went, for the sidebar.
 *
 * @param message the error text shown on hover; empty unless {@code state} is {@code ERROR} or {@code OFFLINE}
 */
public record SourceStatus(String name, State state, String message) {

    public enum State { NEVER, REFRESHING, OK, OFFLINE, ERROR }

    public SourceStatus {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        message = message == null ? "" : message;
    }
}
