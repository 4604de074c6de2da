package org.paperfeed.app.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.ingest.DigestFormat;
import org.paperfeed.ingest.source.DefaultSources;
import org.paperfeed.ingest.source.Source;

/** sources.json: defaults on first use, unique names ignoring case, checked URLs, every change saved. */
class SourceRepositoryTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("sources.json");
    }

    private SourceRepository repository() {
        return new SourceRepository(file(), DefaultSources.all());
    }

    @Test
    void writesTheDefaultsOnFirstUse() throws Exception {
        assertThat(repository().all()).isEqualTo(DefaultSources.all());

        assertThat(file()).exists();
        assertThat(Files.readString(file())).contains("\"format\" : \"hf-daily-json\"", "\"userAdded\" : false");
        assertThat(new SourceRepository(file(), List.of()).all()).isEqualTo(DefaultSources.all());
    }

    @Test
    void keepsAddedDisabledAndRemovedSourcesAcrossRuns() throws Exception {
        SourceRepository repository = repository();
        Source added = repository.add(" https://example.org/feed.xml ", "Example", DigestFormat.ATOM);
        repository.setEnabled("hugging face TRENDING", false);
        repository.remove("arxiv cs.cv new");

        List<Source> reread = repository().all();

        assertThat(added).isEqualTo(new Source("Example", "https://example.org/feed.xml", DigestFormat.ATOM, true, true));
        assertThat(reread).hasSize(5).contains(added);
        assertThat(reread).extracting(Source::name).doesNotContain("arXiv cs.CV new");
        assertThat(reread.get(1).enabled()).isFalse();
    }

    @Test
    void refusesNamesThatDifferOnlyInCaseAndAddressesAlreadyThere() throws Exception {
        SourceRepository repository = repository();

        assertThatThrownBy(() -> repository.add("https://example.org/x", "HUGGING FACE DAILY", null))
                .isInstanceOf(SourceException.class).hasMessageContaining("already exists");
        assertThatThrownBy(() -> repository.add("https://rss.arxiv.org/rss/cs.LG", "Mine", null))
                .hasMessage("that address is already the source 'arXiv cs.LG new'");
        assertThat(repository().all()).hasSize(5);
    }

    @Test
    void acceptsOnlyWebAddresses() throws Exception {
        SourceRepository repository = repository();

        assertThatThrownBy(() -> repository.add("file:///etc/passwd", null, null))
                .hasMessage("not a web address (http:// or https://): file:///etc/passwd");
        assertThatThrownBy(() -> repository.add("not a url", "X", null))
                .hasMessage("not a web address (http:// or https://): not a url");
        assertThat(repository.add("http://feeds.example.org/a", null, null).name()).isEqualTo("feeds.example.org/a");
        assertThat(repository.add("http://feeds.example.org/a?page=2", null, null).name())
                .isEqualTo("feeds.example.org/a 2");
    }

    @Test
    void allowsPlainHttpInTheFileOnlyForLoopbackOrUserAddedSources() throws Exception {
        Files.writeString(file(), """
                {"version": 1, "sources": [
                  {"name": "Local", "url": "http://127.0.0.1:8080/feed"},
                  {"name": "Mine", "url": "http://example.org/feed", "userAdded": true, "enabled": false}
                ]}""");
        assertThat(repository().all()).containsExactly(
                new Source("Local", "http://127.0.0.1:8080/feed", null, true, false),
                new Source("Mine", "http://example.org/feed", null, false, true));

        Files.writeString(file(), """
                {"version": 1, "sources": [{"name": "Sneaky", "url": "http://example.org/feed"}]}""");
        assertThatThrownBy(() -> repository().all())
                .hasMessage(file() + ": source 1: plain http is only allowed for sources you add yourself: "
                        + "http://example.org/feed");
    }

    @Test
    void explainsAFileItCannotReadWithoutOverwritingIt() throws Exception {
        Files.writeString(file(), "{ not json");

        assertThatThrownBy(() -> repository().all())
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith(file() + ": not a valid sources file (")
                .hasMessageEndingWith("fix or delete it to start again from the default sources");
        assertThat(Files.readString(file())).isEqualTo("{ not json");

        Files.writeString(file(), """
                {"sources": [{"name": "A", "url": "https://a.example"}, {"name": "a", "url": "https://b.example"}]}""");
        assertThatThrownBy(() -> repository().all()).hasMessageContaining("source 2: the name 'a' is used twice");
    }

    @Test
    void readsAndNamesFormats() throws Exception {
        assertThat(SourceFormats.parse("HF_DAILY_JSON")).isEqualTo(DigestFormat.HF_DAILY_JSON);
        assertThat(SourceFormats.parse("arxiv-atom")).isEqualTo(DigestFormat.ARXIV_ATOM);
        assertThat(SourceFormats.parse(" Auto ")).isNull();
        assertThat(SourceFormats.name(DigestFormat.TEXT_PAGE)).isEqualTo("text-page");
        assertThat(SourceFormats.names()).startsWith("auto").hasSize(DigestFormat.values().length + 1);
    }
}
