package org.paperfeed.library;

import java.util.List;
import java.util.Objects;
import org.paperfeed.model.DayRange;
import org.paperfeed.model.MuteRule;

/**
 * Narrows a {@link LibraryQuery} to listing days and a source, says what to do with hidden papers, and gives what
 * hiding and trending order need to know.
 *
 * @param days        only papers listed on one of these days; null for any
 * @param listedBy    only papers this source listed (on one of {@code days} when given); null for any source
 * @param hiding      whether hidden papers are shown (flagged), left out, or the only ones shown
 * @param muteRules   the user's mute rules: a paper matching one and not kept (starred, tagged) is hidden
 * @param sourceOrder source names in the user's configured order, for the trending order's ties; sources not in it
 *                    come after, by name
 * @param exactTotal  count every match (a view shows its exact size) rather than stop at "1000+" (a search)
 */
public record ViewScope(DayRange days, String listedBy, Hiding hiding, List<MuteRule> muteRules,
                        List<String> sourceOrder, boolean exactTotal) {

    /** Every paper, hidden ones flagged only if rules are given. */
    public static final ViewScope NONE = new ViewScope(null, null, Hiding.SHOWN, List.of(), List.of(), false);

    /** What happens to not-interested papers and papers a mute rule hides. */
    public enum Hiding {
        /** Shown, each hit saying whether it is hidden elsewhere (searches, starred, tags, saved searches). */
        SHOWN,
        /** Left out (day and source views). */
        LEFT_OUT,
        /** Only the papers mute rules hide (the "Muted" view); not-interested papers are not in it. */
        ONLY_MUTED
    }

    public ViewScope {
        Objects.requireNonNull(hiding, "hiding");
        muteRules = List.copyOf(muteRules);
        sourceOrder = List.copyOf(sourceOrder);
        listedBy = listedBy == null || listedBy.isBlank() ? null : listedBy.strip();
    }

    /** A plain search whose hits say whether these rules (or a not-interested mark) hide them elsewhere. */
    public static ViewScope hidingWith(List<MuteRule> muteRules) {
        return new ViewScope(null, null, Hiding.SHOWN, muteRules, List.of(), false);
    }
}
