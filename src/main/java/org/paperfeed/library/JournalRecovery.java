package org.paperfeed.library;

import java.nio.file.Path;

/**
 * The marks journal was damaged (missing, emptied, cut short or older than the marks the index mirrors) and was
 * rebuilt from the index when the library was opened.
 *
 * @param problem    what was wrong with it, for the log and a bug report
 * @param setAside   where the damaged journal was moved ({@code user-state.jsonl.damaged-<time>}), or null when it
 *                   was missing
 * @param marks      papers with marks in the rebuilt journal
 * @param muteRules  mute rules in the rebuilt journal
 */
public record JournalRecovery(String problem, Path setAside, int marks, int muteRules) {
}
