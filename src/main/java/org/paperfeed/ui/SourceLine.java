package org.paperfeed.ui;

import java.util.Objects;
import org.paperfeed.app.sources.SourceInfo;
import org.paperfeed.app.sources.SourceStatus;

/**
 * One source as the sidebar shows it: what the app knows of it, and whether the refresh running now is fetching it.
 *
 * @param refreshing fetched by the refresh in progress and not finished yet
 */
public record SourceLine(SourceInfo info, boolean refreshing) {

    /** What the sidebar shows next to the name. */
    public enum State { NEVER, REFRESHING, OK, OFFLINE, ERROR, DISABLED }

    public SourceLine {
        Objects.requireNonNull(info, "info");
    }

    public String name() {
        return info.name();
    }

    public State state() {
        if (refreshing) {
            return State.REFRESHING;
        }
        SourceStatus.State last = info.status().state();
        if (!info.enabled() && last == SourceStatus.State.NEVER) {
            return State.DISABLED;
        }
        return switch (last) {
            case NEVER -> State.NEVER;
            case OK -> State.OK;
            case OFFLINE -> State.OFFLINE;
            case ERROR -> State.ERROR;
        };
    }

    /** The word beside the name: "ok", "offline", "error", "refreshing…". */
    public String label() {
        return switch (state()) {
            case NEVER -> "";
            case REFRESHING -> "refreshing…";
            case OK -> "ok";
            case OFFLINE -> "offline";
            case ERROR -> "error";
            case DISABLED -> "off";
        };
    }

    /** The hover text: the whole story of the last refresh, the reason first when it failed. */
    public String tooltip() {
        SourceStatus status = info.status();
        String text = switch (state()) {
            case REFRESHING -> "Refreshing…";
            case NEVER -> "Not refreshed yet";
            case DISABLED -> "Disabled: left out of a refresh";
            case OK -> "Refreshed: " + status.describe();
            case OFFLINE -> "Offline: " + withoutPrefix(status.error(), "offline: ");
            case ERROR -> "Error: " + status.error();
        };
        return info.name() + "\n" + text + "\n" + info.url() + (info.enabled() ? "" : "\n(disabled)");
    }

    private static String withoutPrefix(String text, String prefix) {
        return text != null && text.startsWith(prefix) ? text.substring(prefix.length()) : String.valueOf(text);
    }

    /** This line with the status a finished fetch reported, no longer refreshing. */
    public SourceLine finished(SourceStatus status) {
        return new SourceLine(new SourceInfo(info.name(), info.url(), info.format(), info.enabled(), info.userAdded(),
                status), false);
    }
}
