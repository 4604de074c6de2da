package org.paperfeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.DataFolder;
import org.paperfeed.model.SavedSearch;

/**
 * Backup and restore through the command line: {@code export --format json} of the whole library, imported into a
 * new library, brings back every paper and every star, tag, read mark, note, not-interested mark, mute rule and
 * saved search.
 */
class BackupRestoreTest {

    @TempDir
    Path files;

    private Path original;
    private Path restored;
    private List<String> ids;

    @BeforeEach
    void markedLibrary() throws Exception {
        original = files.resolve("original");
        restored = files.resolve("restored");
        Path page = files.resolve("hf-papers-page.txt");
        try (InputStream in = getClass().getResourceAsStream("/org/paperfeed/sample/hf-papers-page.txt")) {
            Files.write(page, in.readAllBytes());
        }
        CliRun.of(original, "import", page.toString());
        ids = CliRun.of(original, "list", "--json", "--limit", "4").json().stream().map(p -> (String) p.get("id"))
                .toList();
        assertThat(CliRun.of(original, "star", ids.get(0)).status()).isZero();
        assertThat(CliRun.of(original, "tag", ids.get(1), "ot", "to read").status()).isZero();
        assertThat(CliRun.of(original, "read", ids.get(2)).status()).isZero();
        assertThat(CliRun.of(original, "note", ids.get(0), "the", "baseline", "to", "beat").status()).isZero();
        assertThat(CliRun.of(original, "not-interested", ids.get(3)).status()).isZero();
        assertThat(CliRun.of(original, "mute", "add", "title:diffusion").status()).isZero();
        // The window saves searches; there is no command for it.
        try (AppServices app = AppServices.open(new DataFolder(original), Clock.systemDefaultZone())) {
            app.savedSearches().save("Transport", "sinkhorn OR transport");
        }
    }

    @Test
    void theWholeLibrarysJsonImportedIntoANewLibraryRestoresEveryPaperAndMark() throws Exception {
        Path backup = files.resolve("backup.json");
        CliRun exported = CliRun.of(original, "export", "--format", "json", "--output", backup.toString());
        assertThat(exported.status()).as(exported.err()).isZero();
        List<Map<String, Object>> elements = new CliRun(0, Files.readString(backup), "").json();
        assertThat(elements).as("still the array of papers, ended by the marks that belong to no paper").hasSize(75);
        assertThat(elements.get(74)).containsEntry("paperfeed", "marks").doesNotContainKey("id");

        CliRun imported = CliRun.of(restored, "import", backup.toString());

        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out().strip()).isEqualTo(backup + ": 74 new, 0 updated, marks restored on 4 papers, "
                + "1 mute rule, 1 saved search");
        assertThat(withoutAdded(CliRun.of(restored, "list", "--json").json()))
                .as("every paper, with its listings, extras and marks, as the original library lists it")
                .containsExactlyInAnyOrderElementsOf(withoutAdded(CliRun.of(original, "list", "--json").json()));
        Map<String, Object> starred = show(ids.get(0));
        assertThat(starred).containsEntry("starred", true).containsEntry("note", "the baseline to beat");
        assertThat(show(ids.get(1))).containsEntry("tags", List.of("ot", "to read"));
        assertThat(show(ids.get(2))).containsEntry("read", true);
        assertThat(show(ids.get(3))).containsEntry("notInterested", true);
        assertThat(CliRun.of(restored, "mute", "--json").json()).extracting(rule -> rule.get("query"))
                .containsExactly("title:diffusion");
        try (AppServices app = AppServices.open(new DataFolder(restored), Clock.systemDefaultZone())) {
            assertThat(app.savedSearches().list()).containsExactly(new SavedSearch("Transport", "sinkhorn OR transport"));
        }
    }

    /**
     * A backup rewritten by a tool that sorts each object's keys ("abstract" first, "id" in the middle) was taken for
     * Hugging Face's JSON: "74 new, 0 updated, 1 lines skipped (not papers)", every mark lost without a word.
     */
    @Test
    void aBackupWhoseKeysWereSortedRestoresItsMarks() throws Exception {
        Path rewritten = editedBackup("sorted.json", java.util.TreeMap::new);
        assertThat(Files.readString(rewritten)).startsWith("[{\"abstract\":");

        CliRun imported = CliRun.of(restored, "import", rewritten.toString());

        assertThat(imported.out().strip()).isEqualTo(rewritten + ": 74 new, 0 updated, marks restored on 4 papers, "
                + "1 mute rule, 1 saved search");
        assertThat(show(ids.get(0))).containsEntry("starred", true).containsEntry("note", "the baseline to beat");
        assertThat(show(ids.get(1))).containsEntry("tags", List.of("ot", "to read"));
    }

    /**
     * A sorted backup whose first paper is a big collaboration's (3,000 authors, some 60 KB before its "id" and
     * "title"): detection read 8 KB, saw only "abstract", "added", … and "authors", and took it for Hugging Face's JSON,
     * so the restore said "74 new, 0 updated, 1 lines skipped (not papers)" and brought back no star, tag, note, mute
     * rule or saved search.
     */
    @Test
    void aSortedBackupWhoseFirstPaperHasThousandsOfAuthorsRestoresItsMarks() throws Exception {
        List<String> collaboration = java.util.stream.IntStream.rangeClosed(1, 3000)
                .mapToObj(i -> "Author Number " + i + " of the Collaboration").toList();
        boolean[] first = {true};
        Path rewritten = editedBackup("collaboration.json", element -> {
            if (first[0]) {
                element.put("authors", collaboration);
                first[0] = false;
            }
            return new java.util.TreeMap<>(element);
        });
        String text = Files.readString(rewritten);
        assertThat(text.indexOf("\"id\":")).as("the first paper's id, after its authors").isGreaterThan(8 * 1024);
        String firstId = (String) new CliRun(0, text, "").json().get(0).get("id");

        CliRun imported = CliRun.of(restored, "import", rewritten.toString());

        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out().strip()).isEqualTo(rewritten + ": 74 new, 0 updated, marks restored on 4 papers, "
                + "1 mute rule, 1 saved search");
        assertThat(show(ids.get(0))).containsEntry("starred", true).containsEntry("note", "the baseline to beat");
        assertThat(show(firstId)).containsEntry("authors", collaboration);
    }

    @Test
    void importingTheBackupAgainChangesNothing() throws Exception {
        Path backup = files.resolve("backup.json");
        CliRun.of(original, "export", "--output", backup.toString());
        CliRun.of(restored, "import", backup.toString());
        List<Map<String, Object>> once = CliRun.of(restored, "list", "--json").json();

        CliRun again = CliRun.of(restored, "import", backup.toString());

        assertThat(again.out().strip()).isEqualTo(backup + ": 0 new, 0 updated");
        assertThat(CliRun.of(restored, "list", "--json").json()).isEqualTo(once);
        assertThat(CliRun.of(restored, "mute", "--json").json()).hasSize(1);
    }

    @Test
    void aNarrowedExportStaysTheArrayOfPapersAndImportsWithItsMarks() {
        Path starred = files.resolve("starred.json");
        CliRun.of(original, "export", "--starred", "--output", starred.toString());

        CliRun imported = CliRun.of(restored, "import", starred.toString());

        assertThat(imported.out().strip()).isEqualTo(starred + ": 1 new, 0 updated, marks restored on 1 paper, "
                + "0 mute rules, 0 saved searches");
        assertThat(show(ids.get(0))).containsEntry("starred", true).containsEntry("note", "the baseline to beat");
    }

    /**
     * A backup edited by hand or cut by a tool, with papers that have no title: they were skipped without a word,
     * the summary saying "72 new" of a backup of 74 as if that were all; it counts them now, as other imports do.
     */
    @Test
    void papersSkippedWhileRestoringABackupAreCountedInTheSummary() throws Exception {
        Path backup = files.resolve("backup.json");
        CliRun.of(original, "export", "--output", backup.toString());
        List<Map<String, Object>> elements = new java.util.ArrayList<>(new CliRun(0, Files.readString(backup), "")
                .json());
        int damaged = 0;
        for (int i = 0; i < elements.size() && damaged < 2; i++) {
            Map<String, Object> paper = elements.get(i);
            if (paper.containsKey("id") && !ids.contains(paper.get("id"))) {
                Map<String, Object> untitled = new HashMap<>(paper);
                untitled.put("title", damaged == 0 ? "" : null);
                elements.set(i, untitled);
                damaged++;
            }
        }
        Path edited = Files.writeString(files.resolve("edited.json"),
                tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(elements));

        CliRun imported = CliRun.of(restored, "import", edited.toString());

        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out().strip()).isEqualTo(edited + ": 72 new, 0 updated, 2 lines skipped (not papers), "
                + "marks restored on 4 papers, 1 mute rule, 1 saved search");
        assertThat(imported.err()).isEmpty();
    }

    /**
     * A backup edited by hand whose marked papers are entries this version skips (a title emptied, a title that is a
     * number): the entries were counted as skipped lines, but the star, note and two tags on them were lost without a
     * word, the summary not saying a mark was left out. Each is counted as not restored now, with the reason.
     */
    @Test
    void marksOnAnEntryTheRestoreSkipsAreCountedAsNotRestored() throws Exception {
        Path edited = editedBackup("edited.json", element -> {
            if (ids.get(0).equals(element.get("id"))) {
                element.remove("title"); // starred, with a note
            } else if (ids.get(1).equals(element.get("id"))) {
                element.put("title", 42); // tagged "ot" and "to read"
            }
            return element;
        });

        CliRun imported = CliRun.of(restored, "import", edited.toString());

        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out().strip()).isEqualTo(edited + ": 72 new, 0 updated, 2 lines skipped (not papers), "
                + "marks restored on 2 papers, 1 mute rule, 1 saved search, 4 marks not restored "
                + "(paper entry skipped)");
        assertThat(show(ids.get(2))).containsEntry("read", true);
        assertThat(show(ids.get(3))).containsEntry("notInterested", true);
    }

    /**
     * An entry whose title is too long to be one (over 2,000 characters, PaperLimits) is skipped as any import skips
     * it, but its marks were counted as on a paper the library does not hold ("paper not found"): the user looked for
     * a paper that had never been imported. They are an entry's skipped now.
     */
    @Test
    void marksOnAnEntryWithATitleTooLongAreCountedAsAnEntrySkipped() throws Exception {
        Path edited = editedBackup("edited.json", element -> {
            if (ids.get(0).equals(element.get("id"))) {
                element.put("title", "Long ".repeat(401)); // starred, with a note
            }
            return element;
        });

        CliRun imported = CliRun.of(restored, "import", edited.toString());

        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out().strip()).isEqualTo(edited + ": 73 new, 0 updated, 1 line skipped (not a paper), "
                + "marks restored on 3 papers, 1 mute rule, 1 saved search, 2 marks not restored "
                + "(paper entry skipped)");
        assertThat(show(ids.get(1))).extracting(paper -> paper.get("tags")).asList().contains("ot");
    }

    /**
     * Two backups merged by hand, so that two papers are each in it twice with other marks: the second entry's marks
     * took the place of the first's, so the star on one and its note were lost without a word. Both entries' marks
     * are kept now (a mark set on either is set, tags are both's, two notes are both kept, a blank line between), and
     * the summary says how many duplicate entries were merged.
     */
    @Test
    void aPaperTwiceInTheBackupKeepsTheMarksOfBoth() throws Exception {
        Path merged = editedBackupElements("merged.json", elements -> {
            List<Map<String, Object>> twice = new java.util.ArrayList<>();
            for (Map<String, Object> element : elements) {
                if (ids.get(0).equals(element.get("id"))) {
                    Map<String, Object> again = new java.util.LinkedHashMap<>(element);
                    again.putAll(Map.of("starred", false, "read", true, "tags", List.of("merged"),
                            "note", "second thoughts"));
                    twice.add(again);
                } else if (ids.get(1).equals(element.get("id"))) {
                    Map<String, Object> again = new java.util.LinkedHashMap<>(element);
                    again.putAll(Map.of("starred", true, "tags", List.of("extra", "ot")));
                    twice.add(again);
                }
            }
            List<Map<String, Object>> all = new java.util.ArrayList<>(elements);
            all.addAll(all.size() - 1, twice); // before the marks element, as the second backup's papers
            return all;
        });

        CliRun imported = CliRun.of(restored, "import", merged.toString());

        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out().strip()).isEqualTo(merged + ": 74 new, 0 updated, 2 duplicate paper entries merged, "
                + "marks restored on 4 papers, 1 mute rule, 1 saved search");
        assertThat(show(ids.get(0))).containsEntry("starred", true).containsEntry("read", true)
                .containsEntry("tags", List.of("merged")).containsEntry("note", "the baseline to beat\n\nsecond thoughts");
        assertThat(show(ids.get(1))).containsEntry("starred", true).containsEntry("tags", List.of("extra", "ot", "to read"));
    }

    /**
     * A backup edited by hand to hold marks this version refuses, a tag of 200 characters and a mute rule whose query
     * does not parse: they were left out without a word (the tag while reading the file, the rule only logged), the
     * summary reading as if everything came back. The summary counts them now, by reason, and the rest is restored.
     */
    @Test
    void marksARestoreLeavesOutAreCountedInTheSummary() throws Exception {
        Path edited = editedBackup("edited.json", element -> {
            if (ids.get(1).equals(element.get("id"))) {
                element.put("tags", List.of("ot", "to read", "t".repeat(200)));
            } else if ("marks".equals(element.get("paperfeed"))) {
                List<Object> rules = new java.util.ArrayList<>((List<?>) element.get("muteRules"));
                rules.add(Map.of("id", "m2", "query", "title:("));
                element.put("muteRules", rules);
            }
            return element;
        });

        CliRun imported = CliRun.of(restored, "import", edited.toString());

        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out().strip()).isEqualTo(edited + ": 74 new, 0 updated, marks restored on 4 papers, "
                + "1 mute rule, 1 saved search, 2 marks not restored (tag too long; query does not parse)");
        assertThat(show(ids.get(1))).containsEntry("tags", List.of("ot", "to read"));
        assertThat(show(ids.get(0))).containsEntry("starred", true).containsEntry("note", "the baseline to beat");
        assertThat(CliRun.of(restored, "mute", "--json").json()).extracting(rule -> rule.get("query"))
                .containsExactly("title:diffusion");

        CliRun again = CliRun.of(restored, "import", edited.toString());

        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out().strip()).as("still not restored, and still said")
                .isEqualTo(edited + ": 0 new, 0 updated, 2 marks not restored (tag too long; query does not parse)");
    }

    /** A single reason is named alone: a note this version refuses (over 10,000 characters). */
    @Test
    void aSingleReasonIsNamed() throws Exception {
        Path edited = editedBackup("edited.json", element -> {
            if (ids.get(2).equals(element.get("id"))) {
                element.put("note", "n".repeat(10_001));
            }
            return element;
        });

        CliRun imported = CliRun.of(restored, "import", edited.toString());

        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out().strip()).isEqualTo(edited + ": 74 new, 0 updated, marks restored on 4 papers, "
                + "1 mute rule, 1 saved search, 1 mark not restored (note too long)");
        assertThat(show(ids.get(2))).containsEntry("read", true).doesNotContainKey("note");
    }

    /**
     * The original library's backup with each element (its papers, then its marks) passed through {@code edit}, keys
     * in the order written unless {@code edit} changes them, written as {@code name}: a backup edited by hand or by a
     * tool.
     */
    private Path editedBackup(String name, java.util.function.UnaryOperator<Map<String, Object>> edit)
            throws Exception {
        return editedBackupElements(name, elements -> elements.stream().map(edit).toList());
    }

    /** The original library's backup with its list of elements (each a copy to edit) passed through {@code edit}. */
    private Path editedBackupElements(String name,
            java.util.function.UnaryOperator<List<Map<String, Object>>> edit) throws Exception {
        Path backup = files.resolve("backup.json");
        assertThat(CliRun.of(original, "export", "--output", backup.toString()).status()).isZero();
        List<Map<String, Object>> elements = new java.util.ArrayList<>(new CliRun(0, Files.readString(backup), "")
                .json().stream().map(element -> (Map<String, Object>) new java.util.LinkedHashMap<>(element))
                .toList());
        return Files.writeString(files.resolve(name), tools.jackson.databind.json.JsonMapper.builder().build()
                .writeValueAsString(edit.apply(elements)));
    }

    private Map<String, Object> show(String id) {
        return CliRun.of(restored, "show", id, "--json").json().get(0);
    }

    /** The first-seen time is when a paper came into this library: a restore's own. */
    private static List<Map<String, Object>> withoutAdded(List<Map<String, Object>> papers) {
        return papers.stream().map(p -> {
            Map<String, Object> copy = new HashMap<>(p);
            copy.remove("added");
            return (Map<String, Object>) copy;
        }).toList();
    }
}
