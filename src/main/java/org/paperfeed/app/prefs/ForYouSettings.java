package org.paperfeed.app.prefs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the reader told For you, kept in {@code for-you.json} beside the preferences: the interests they switched
 * off, and for each interest they reset, the not-interested papers it no longer learns from (a reset forgets the
 * negatives learned so far; papers dismissed later count again).
 *
 * @param disabled  interest keys ({@code starred}, {@code tag:NAME}) switched off
 * @param forgotten per interest key, the ids of the not-interested papers it forgot at its last reset
 */
public record ForYouSettings(Set<String> disabled, Map<String, List<String>> forgotten) {

    public static final ForYouSettings DEFAULT = new ForYouSettings(Set.of(), Map.of());

    public ForYouSettings {
        // Missing keys in an older or hand-edited file read as null.
        disabled = disabled == null ? Set.of() : Set.copyOf(new TreeSet<>(disabled));
        Map<String, List<String>> kept = new HashMap<>();
        if (forgotten != null) {
            forgotten.forEach((key, ids) -> {
                if (key != null && ids != null) {
                    kept.put(key, ids.stream().filter(java.util.Objects::nonNull).sorted().toList());
                }
            });
        }
        forgotten = Map.copyOf(kept);
    }

    public boolean enabled(String interest) {
        return !disabled.contains(interest);
    }

    public ForYouSettings withEnabled(String interest, boolean enabled) {
        Set<String> all = new TreeSet<>(disabled);
        if (enabled) {
            all.remove(interest);
        } else {
            all.add(interest);
        }
        return new ForYouSettings(all, forgotten);
    }

    /** The not-interested papers the interest forgot at its last reset; none if it was never reset. */
    public List<String> forgotten(String interest) {
        return forgotten.getOrDefault(interest, List.of());
    }

    public ForYouSettings withForgotten(String interest, List<String> ids) {
        Map<String, List<String>> all = new HashMap<>(forgotten);
        all.put(interest, ids);
        return new ForYouSettings(disabled, all);
    }

    /** The settings file in {@code folder} (the data folder). */
    public static JsonStore<ForYouSettings> store(java.nio.file.Path folder) {
        return new JsonStore<>(folder.resolve("for-you.json"), ForYouSettings.class, DEFAULT);
    }
}
