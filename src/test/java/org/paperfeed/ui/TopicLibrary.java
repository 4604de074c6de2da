package org.paperfeed.ui;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.paperfeed.app.AppServices;

/**
 * A library of made-up papers on five topics, listed by Hugging Face over a few days, for For you: each topic has
 * its own words, so a reader who stars one topic's papers should see that topic first on the latest day.
 * Ids say the day and topic: {@code 2403.DTTNN} (D: day index, T: topic, N: number).
 */
final class TopicLibrary {

    static final List<LocalDate> DAYS = List.of(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 5),
            LocalDate.of(2024, 3, 6), LocalDate.of(2024, 3, 7));
    static final LocalDate LATEST = DAYS.get(DAYS.size() - 1);

    static final int PROTEINS = 0;
    static final int ROBOTS = 1;
    static final String[] TOPICS = {"proteins", "robots", "galaxies", "language", "vision"};
    /** Each topic's words; a paper takes a few of them, so two papers on one topic share some, not all. */
    private static final String[][] WORDS = {
        {"protein", "folding", "amino", "residue", "enzyme", "peptide", "binding", "molecular", "structure", "ligand"},
        {"robot", "grasping", "manipulator", "locomotion", "gripper", "actuator", "legged", "torque", "dexterous",
            "teleoperation"},
        {"galaxy", "redshift", "telescope", "stellar", "cosmic", "quasar", "nebula", "supernova", "halo", "spectra"},
        {"language", "token", "translation", "corpus", "syntax", "grammar", "dialogue", "lexical", "sentence",
            "multilingual"},
        {"image", "pixel", "segmentation", "camera", "detection", "convolutional", "video", "depth", "optical",
            "scene"},
    };
    private static final String[] COMMON = {"method", "results", "approach", "study", "propose", "novel", "data",
        "experiments", "analysis", "performance"};
    /** Papers per topic per day. */
    static final int PER_TOPIC = 6;

    private TopicLibrary() {
    }

    static String id(int day, int topic, int n) {
        return String.format("2403.%d%d%03d", day + 1, topic, n);
    }

    /** Imports every day's digest, oldest first. */
    static void importAll(AppServices app) throws Exception {
        for (int d = 0; d < DAYS.size(); d++) {
            importDay(app, d);
        }
    }

    /** Imports day {@code d}'s digest, as a refresh of the HF daily source would. */
    static void importDay(AppServices app, int d) throws Exception {
        app.imports().importBytes(digest(d).getBytes(StandardCharsets.UTF_8), "day " + d, "HF daily",
                "application/json");
    }

    /** The latest day's papers on {@code topic}. */
    static List<String> latest(int topic) {
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < PER_TOPIC; n++) {
            ids.add(id(DAYS.size() - 1, topic, n));
        }
        return ids;
    }

    /** Papers on {@code topic} from the days before the latest: what a reader marks. */
    static List<String> earlier(int topic, int count) {
        List<String> ids = new ArrayList<>();
        for (int d = 0; d < DAYS.size() - 1 && ids.size() < count; d++) {
            for (int n = 0; n < PER_TOPIC && ids.size() < count; n++) {
                ids.add(id(d, topic, n));
            }
        }
        return ids;
    }

    static boolean onTopic(String id, int topic) {
        return id.charAt(6) - '0' == topic;
    }

    /** One day as Hugging Face's daily papers API lists it. */
    static String digest(int day) {
        LocalDate date = DAYS.get(day);
        StringBuilder json = new StringBuilder("[");
        int rank = 0;
        for (int n = 0; n < PER_TOPIC; n++) {
            for (int t = 0; t < TOPICS.length; t++) {
                String id = id(day, t, n);
                int seed = day * 31 + n * 7 + t;
                String title = capital(word(t, seed)) + " and " + word(t, seed + 3) + " " + COMMON[seed % 10]
                        + " " + n + " of day " + (day + 1);
                String summary = "We " + COMMON[(seed + 4) % 10] + " " + word(t, seed + 1) + " " + word(t, seed + 2)
                        + " with " + word(t, seed + 5) + " and " + word(t, seed + 6) + ". The " + COMMON[(seed + 1) % 10]
                        + " on " + word(t, seed + 7) + " " + word(t, seed + 8) + " shows " + COMMON[(seed + 2) % 10]
                        + " " + word(t, seed + 9) + ".";
                json.append(rank == 0 ? "" : ",").append("{\"paper\":{\"id\":\"").append(id)
                        .append("\",\"title\":\"").append(title).append("\",\"summary\":\"").append(summary)
                        .append("\",\"authors\":[{\"name\":\"Author ").append(TOPICS[t]).append(' ').append(n % 3)
                        .append("\"}],\"publishedAt\":\"").append(date).append("T08:00:00.000Z\",")
                        .append("\"submittedOnDailyAt\":\"").append(date).append("T10:00:00.000Z\",\"upvotes\":")
                        .append((seed * 13) % 40).append("},\"title\":\"").append(title)
                        .append("\",\"numComments\":0}");
                rank++;
            }
        }
        return json.append(']').toString();
    }

    private static String word(int topic, int seed) {
        return WORDS[topic][Math.floorMod(seed, WORDS[topic].length)];
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
