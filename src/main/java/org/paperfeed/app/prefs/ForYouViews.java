package org.paperfeed.app.prefs;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The views the user ranks "For you" (by view key, as in {@link ViewSorts}), kept in {@code view-foryou.json}.
 * Apart from {@link ViewSorts} because For you is not an order the library sorts by: the window ranks the view's
 * papers by the reader's interests. A view listed here shows For you whatever {@link ViewSorts} says for it.
 */
public record ForYouViews(Set<String> views) {

    public static final ForYouViews NONE = new ForYouViews(Set.of());
    /** A hand-edited file must not grow without bound, like {@link ViewSorts}. */
    private static final int MAX_VIEWS = 500;

    public ForYouViews {
        Set<String> kept = new LinkedHashSet<>();
        if (views != null) {
            for (String view : views) {
                if (view != null && kept.size() < MAX_VIEWS) {
                    kept.add(view);
                }
            }
        }
        views = Set.copyOf(kept);
    }

    public boolean ranks(String view) {
        return views.contains(view);
    }

    public ForYouViews with(String view, boolean ranked) {
        Set<String> all = new LinkedHashSet<>(views);
        if (ranked) {
            all.add(view);
        } else {
            all.remove(view);
        }
        return new ForYouViews(all);
    }
}
