package org.paperfeed.app.prefs;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.paperfeed.model.SortOrder;

/**
 * The order the user chose for each view of the window (Trending, Date, Relevance), by view key
 * ({@code all@days}, {@code tag:ml+search}, …), kept beside the preferences in {@code view-sorts.json}.
 */
public record ViewSorts(Map<String, SortOrder> byView) {

    public static final ViewSorts NONE = new ViewSorts(Map.of());
    /** A hand-edited file must not grow without bound: views beyond this are forgotten, oldest key first. */
    private static final int MAX_VIEWS = 500;

    public ViewSorts {
        Map<String, SortOrder> kept = new HashMap<>();
        if (byView != null) {
            byView.forEach((view, sort) -> {
                // An order this version does not know reads as null: that view falls back to its default.
                if (view != null && sort != null && kept.size() < MAX_VIEWS) {
                    kept.put(view, sort);
                }
            });
        }
        byView = Map.copyOf(kept);
    }

    public Optional<SortOrder> of(String view) {
        return Optional.ofNullable(byView.get(view));
    }

    public ViewSorts with(String view, SortOrder sort) {
        Map<String, SortOrder> all = new HashMap<>(byView);
        all.put(view, sort);
        return new ViewSorts(all);
    }
}
