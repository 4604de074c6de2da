package org.paperfeed.model;

/**
 * What saving a mute rule would do, shown before it is saved.
 *
 * @param newlyHidden stored papers the rule would hide that are not hidden already and not kept (starred, tagged)
 * @param matching    stored papers the rule's query matches at all
 */
public record MutePreview(long newlyHidden, long matching) {
}
