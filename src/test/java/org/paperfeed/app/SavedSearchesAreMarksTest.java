package org.paperfeed.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.prefs.JsonStore;
import org.paperfeed.app.prefs.Preferences;
import org.paperfeed.model.SavedSearch;

/**
 * Saved searches are the user's marks: kept in the journal, so a corrupt {@code preferences.json} loses none; the
 * ones an older version kept in that file are carried into the journal once, and a search deleted afterwards is
 * never brought back from it.
 */
class SavedSearchesAreMarksTest {

    private static final String FIXTURE = "/org/paperfeed/upgrade/library-3bd8bd5.zip";

    @TempDir
    Path work;

    private AppServices open(Path folder) throws PaperFeedException {
        return AppServices.open(new DataFolder(folder), Clock.systemDefaultZone());
    }

    @Test
    void aCorruptPreferencesFileLosesNoSavedSearch() throws Exception {
        Path data = work.resolve("data");
        try (AppServices app = open(data)) {
            app.savedSearches().save("Transport", "sinkhorn OR transport");
            app.savedSearches().save("Agents", "agent");
        }
        Files.writeString(data.resolve("preferences.json"), "{\"theme\": \"DARK\", \"savedSearches\": [");

        // What the window does with it: set aside, defaults used, and saved over later.
        JsonStore<Preferences> preferences = JsonStore.preferences(data);
        assertThat(preferences.load()).isEqualTo(Preferences.DEFAULT);
        preferences.save(Preferences.DEFAULT);

        try (AppServices app = open(data)) {
            assertThat(app.savedSearches().list()).containsExactly(new SavedSearch("Transport", "sinkhorn OR transport"),
                    new SavedSearch("Agents", "agent"));
        }
    }

    /**
     * A search saved again under a name it has (any case) is changed where it is in the sidebar, as a renamed
     * bookmark is, rather than moved to the bottom, and is there after a restart too.
     */
    @Test
    void aSearchSavedAgainUnderItsNameKeepsItsPlace() throws Exception {
        Path data = work.resolve("data");
        try (AppServices app = open(data)) {
            app.savedSearches().save("Transport", "sinkhorn OR transport");
            app.savedSearches().save("Agents", "agent");
            app.savedSearches().save("Surveys", "title:survey");

            app.savedSearches().save("agents", "agent OR agents");

            assertThat(app.savedSearches().list()).containsExactly(new SavedSearch("Transport", "sinkhorn OR transport"),
                    new SavedSearch("agents", "agent OR agents"), new SavedSearch("Surveys", "title:survey"));
        }
        try (AppServices app = open(data)) {
            assertThat(app.savedSearches().list()).containsExactly(new SavedSearch("Transport", "sinkhorn OR transport"),
                    new SavedSearch("agents", "agent OR agents"), new SavedSearch("Surveys", "title:survey"));
        }
    }

    @Test
    void anOlderDataFoldersSavedSearchesAreCarriedIntoTheJournalOnce() throws Exception {
        Path data = unzipOldDataFolder();
        JsonStore.preferences(data).save(Preferences.DEFAULT
                .withSavedSearch(new org.paperfeed.app.prefs.SavedSearch("Optimizers", "adam OR optimizer"))
                .withSavedSearch(new org.paperfeed.app.prefs.SavedSearch("LLM", "tag:llm")));

        try (AppServices app = open(data)) {
            assertThat(app.savedSearches().list()).containsExactly(new SavedSearch("Optimizers", "adam OR optimizer"),
                    new SavedSearch("LLM", "tag:llm"));
            app.savedSearches().remove("llm");
        }
        assertThat(Files.readString(data.resolve("library/user-state.jsonl"))).contains("\"type\":\"search-import\"");
        try (AppServices app = open(data)) {
            assertThat(app.savedSearches().list()).as("the preferences file still lists LLM: it is never read again")
                    .containsExactly(new SavedSearch("Optimizers", "adam OR optimizer"));
        }
    }

    @Test
    void anUnreadablePreferencesFileIsLeftForTheWindowAndCarriedOnceReadable() throws Exception {
        Path data = unzipOldDataFolder();
        Path file = data.resolve("preferences.json");
        Files.writeString(file, "{\"savedSearches\": [{\"name\": \"Agents\", \"query\": \"agent\"}], \"theme\": \"DA");

        try (AppServices app = open(data)) {
            assertThat(app.savedSearches().list()).isEmpty();
        }
        assertThat(file).as("set aside by the window, which says so; never by opening the library").exists();

        Files.writeString(file, "{\"savedSearches\": [{\"name\": \"Agents\", \"query\": \"agent\"}]}");
        try (AppServices app = open(data)) {
            assertThat(app.savedSearches().list()).containsExactly(new SavedSearch("Agents", "agent"));
        }
    }

    @Test
    void aSavedSearchIsCheckedBeforeItIsJournaled() throws Exception {
        try (AppServices app = open(work.resolve("data"))) {
            assertThatThrownBy(() -> app.savedSearches().save("Broken", "title:"))
                    .isInstanceOf(InvalidQueryException.class);
            assertThatThrownBy(() -> app.savedSearches().save(" ", "x")).hasMessage("a saved search needs a name");
            assertThatThrownBy(() -> app.savedSearches().remove("nothing"))
                    .hasMessage("no saved search is named 'nothing'");
            assertThat(app.savedSearches().list()).isEmpty();
        }
    }

    private Path unzipOldDataFolder() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(FIXTURE); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path to = work.resolve(entry.getName()).normalize();
                if (entry.isDirectory()) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    Files.copy(zip, to);
                }
            }
        }
        Files.deleteIfExists(work.resolve("data/library/library.lock"));
        return work.resolve("data");
    }
}
