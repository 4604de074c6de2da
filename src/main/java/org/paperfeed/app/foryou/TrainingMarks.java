package org.paperfeed.app.foryou;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.paperfeed.app.prefs.ForYouSettings;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperState;

/**
 * The marks the models learn from: each interest's papers (starred; each tag), the papers the reader is not
 * interested in, and what each interest switched off or forgot. Two equal values train the same models, so a model
 * is stale exactly when the marks it was trained from differ from these.
 *
 * @param positives     per interest key, its papers (every interest, whatever its size)
 * @param notInterested the papers marked not interested
 * @param settings      which interests are off and what each forgot
 */
public record TrainingMarks(Map<String, Set<PaperId>> positives, Set<PaperId> notInterested,
                            ForYouSettings settings) {

    public TrainingMarks {
        positives = java.util.Collections.unmodifiableMap(new TreeMap<>(positives));
        notInterested = Set.copyOf(notInterested);
    }

    /** From every paper's marks as the library holds them. */
    public static TrainingMarks of(Map<PaperId, PaperState> marks, ForYouSettings settings) {
        Map<String, Set<PaperId>> positives = new TreeMap<>();
        positives.put(Interest.STARRED, new HashSet<>());
        Set<PaperId> notInterested = new HashSet<>();
        marks.forEach((id, state) -> {
            if (state.starred()) {
                positives.get(Interest.STARRED).add(id);
            }
            for (String tag : state.tags()) {
                positives.computeIfAbsent(Interest.tagKey(tag), k -> new HashSet<>()).add(id);
            }
            if (state.notInterested()) {
                notInterested.add(id);
            }
        });
        positives.replaceAll((key, ids) -> Set.copyOf(ids));
        return new TrainingMarks(positives, notInterested, settings);
    }

    /** The not-interested papers the interest learns from: all of them but those it forgot at its last reset. */
    public Set<PaperId> negativesOf(String key) {
        List<String> forgotten = settings.forgotten(key);
        Set<PaperId> kept = new HashSet<>(notInterested);
        forgotten.forEach(id -> kept.remove(new PaperId(id)));
        kept.removeAll(positives.getOrDefault(key, Set.of()));
        return kept;
    }
}
