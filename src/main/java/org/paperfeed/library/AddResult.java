package org.paperfeed.library;

/** What adding a digest did: papers never seen before, and papers it told the library something new about. */
public record AddResult(int added, int updated, int unchanged) {
}
