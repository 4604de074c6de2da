package org.paperfeed.app.prefs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonStoreTest {

    @TempDir
    Path dir;

    @Test
    void preferencesSurviveARoundTrip() {
        Preferences prefs = Preferences.DEFAULT.withTheme(Theme.DARK)
                .withWindow(new WindowLayout(1000, 700, 0.2, 0.6)).withLastView("tag:ml")
                .withMarkReadOnOpen(false).withSavedSearch(new SavedSearch("Agents", "agent OR agents"));
        JsonStore.preferences(dir).save(prefs);

        assertThat(JsonStore.preferences(dir).load()).isEqualTo(prefs);
    }

    @Test
    void aMissingOrBrokenFileGivesTheDefaults() throws Exception {
        assertThat(JsonStore.preferences(dir).load()).isEqualTo(Preferences.DEFAULT);
        Files.writeString(dir.resolve("preferences.json"), "{\"theme\": \"DARK\", \"window\": {\"width\": 3");
        assertThat(JsonStore.preferences(dir).load()).isEqualTo(Preferences.DEFAULT);
    }

    @Test
    void aBrokenFileIsDescribedWithoutTheParsersLocation() throws Exception {
        Files.writeString(dir.resolve("preferences.json"), "{\"savedSearches\": [");
        JsonStore<Preferences> store = JsonStore.preferences(dir);
        store.load();

        assertThat(store.problem()).hasValueSatisfying(problem -> assertThat(problem)
                .startsWith("preferences.json could not be read (Unexpected end-of-input: expected close marker for "
                        + "Array); using defaults, and the unreadable file was kept in ")
                .doesNotContain("Source:", "REDACTED", "byte offset"));
    }

    @Test
    void missingKeysFallBackOneByOne() throws Exception {
        Files.writeString(dir.resolve("preferences.json"), "{\"theme\": \"DARK\", \"unknown\": 1}");
        Preferences loaded = JsonStore.preferences(dir).load();
        assertThat(loaded.theme()).isEqualTo(Theme.DARK);
        assertThat(loaded.window()).isEqualTo(WindowLayout.DEFAULT);
        assertThat(loaded.lastView()).isEqualTo("all");
    }

    @Test
    void aWindowLayoutFromBeforeTheSidebarToggleOpensWithTheSidebarShownAndTheToggleIsKept() throws Exception {
        Files.writeString(dir.resolve("preferences.json"), "{\"window\": {\"width\": 1000, \"height\": 700,"
                + " \"sidebarDivider\": 0.2, \"readerDivider\": 0.6}}");
        assertThat(JsonStore.preferences(dir).load().window()).isEqualTo(new WindowLayout(1000, 700, 0.2, 0.6));
        assertThat(JsonStore.preferences(dir).load().window().sidebarHidden()).isFalse();

        JsonStore.preferences(dir).save(Preferences.DEFAULT.withWindow(WindowLayout.DEFAULT.withSidebarHidden(true)));
        assertThat(JsonStore.preferences(dir).load().window().sidebarHidden()).isTrue();
    }

    @Test
    void savingASearchWithTheSameNameReplacesIt() {
        Preferences prefs = Preferences.DEFAULT.withSavedSearch(new SavedSearch("A", "x"))
                .withSavedSearch(new SavedSearch("a", "y"));
        assertThat(prefs.savedSearches()).containsExactly(new SavedSearch("a", "y"));
    }

    @Test
    void catchUpDaysDefaultsToAWeekAndStaysWithinAYear() throws Exception {
        assertThat(Preferences.DEFAULT.catchUpDays()).isEqualTo(7);
        JsonStore.preferences(dir).save(Preferences.DEFAULT.withCatchUpDays(3).withTheme(Theme.DARK));
        assertThat(JsonStore.preferences(dir).load().catchUpDays()).isEqualTo(3);

        Files.writeString(dir.resolve("preferences.json"), "{\"catchUpDays\": 5000}");
        assertThat(JsonStore.preferences(dir).load().catchUpDays()).isEqualTo(366);
        Files.writeString(dir.resolve("preferences.json"), "{\"catchUpDays\": -2}");
        assertThat(JsonStore.preferences(dir).load().catchUpDays()).isZero();
    }

    @Test
    void anUnreadableFileIsSetAsideSaidAndNeverOverwritten() throws Exception {
        Path file = dir.resolve("preferences.json");
        String damaged = "{\"savedSearches\": [{\"name\": \"Agents\", \"query\": \"agent\"}], \"theme\": \"DA";
        Files.writeString(file, damaged);
        JsonStore<Preferences> store = JsonStore.preferences(dir);

        assertThat(store.load()).isEqualTo(Preferences.DEFAULT);
        store.save(Preferences.DEFAULT.withTheme(Theme.DARK));

        Path aside;
        try (var files = Files.list(dir)) {
            aside = files.filter(p -> p.getFileName().toString().startsWith("preferences.json.damaged-"))
                    .findFirst().orElseThrow();
        }
        assertThat(aside).hasContent(damaged);
        assertThat(store.problem()).hasValueSatisfying(problem -> assertThat(problem)
                .startsWith("preferences.json could not be read (").contains("kept in " + aside));
        assertThat(JsonStore.preferences(dir).load().theme()).isEqualTo(Theme.DARK);
        assertThat(JsonStore.preferences(dir).problem()).isEmpty();
    }

    @Test
    void aSaveThatMustBeReportedSaysWhyItDidNotReachTheDisk() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "a file where the data folder should be");
        JsonStore<Preferences> store = JsonStore.preferences(notAFolder);

        store.save(Preferences.DEFAULT.withTheme(Theme.DARK)); // logged only: the reader goes on
        assertThatThrownBy(() -> store.saveOrFail(Preferences.DEFAULT.withTheme(Theme.DARK)))
                .isInstanceOf(java.io.IOException.class)
                .hasMessageStartingWith(notAFolder.resolve("preferences.json") + " could not be saved: ");
        assertThat(notAFolder).hasContent("a file where the data folder should be");
    }
}
