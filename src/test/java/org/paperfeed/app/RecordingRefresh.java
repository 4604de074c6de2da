package org.paperfeed.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.paperfeed.app.sources.SourceRepository;
import org.paperfeed.app.sources.SourceStatusStore;
import org.paperfeed.ingest.DigestFormat;
import org.paperfeed.ingest.DigestFormatDetector;
import org.paperfeed.ingest.DigestParseException;
import org.paperfeed.ingest.DigestParser;
import org.paperfeed.ingest.DigestReader;
import org.paperfeed.ingest.ParseContext;
import org.paperfeed.ingest.fetch.FakeTime;
import org.paperfeed.ingest.fetch.FetchClient;
import org.paperfeed.ingest.fetch.FetchSettings;
import org.paperfeed.library.DigestArchive;
import org.paperfeed.library.PaperLibrary;
import org.paperfeed.model.Paper;

/**
 * A refresh wired as the application wires it, over a real library, except that each parser first notes what the
 * refresh told it: the day fetched and the day listed, and the papers it read.
 */
final class RecordingRefresh implements AutoCloseable {

    /** What one parse was told, and the ids of the papers it read. */
    record Told(String source, LocalDate today, LocalDate listingDay, List<String> papers) {
    }

    private final List<Told> told = new CopyOnWriteArrayList<>();
    private final PaperLibrary library;
    private final FetchClient client;
    private final RefreshSources refresh;

    RecordingRefresh(Path dataDir, Clock clock, RefreshConfig config) throws IOException {
        FakeTime time = new FakeTime();
        library = PaperLibrary.open(dataDir.resolve("library"), clock);
        DigestArchive archive = new DigestArchive(dataDir.resolve("digests"), clock, 1L << 30, Duration.ofDays(365));
        ImportPapers imports = new ImportPapers(library, archive, recordingReader(), clock, new AppEvents(),
                dataDir.resolve("imports"), 1000);
        client = new FetchClient(() -> config.settings().apply(FetchSettings.defaults(dataDir.resolve("cache"))),
                config.time());
        refresh = new RefreshSources(new SourceRepository(dataDir.resolve("sources.json"), config.defaultSources()),
                new SourceStatusStore(dataDir.resolve("source-status.json")), client, imports, new AppEvents(), clock,
                config, () -> 7);
    }

    RefreshSources refresh() {
        return refresh;
    }

    List<Told> told() {
        return List.copyOf(told);
    }

    int libraryCount() throws IOException {
        return library.size();
    }

    /** The standard reader, each parser first noting what it was told. */
    private DigestReader recordingReader() {
        DigestReader standard = DigestReader.standard();
        List<DigestParser> parsers = Arrays.stream(DigestFormat.values())
                .map(format -> (DigestParser) new DigestParser() {
                    @Override
                    public DigestFormat format() {
                        return format;
                    }

                    @Override
                    public List<Paper> parse(InputStream in, ParseContext context) throws DigestParseException {
                        try {
                            List<Paper> papers = standard.read(in.readAllBytes(), format, context).papers();
                            told.add(new Told(context.sourceName(), context.today(), context.listingDay(),
                                    papers.stream().map(p -> p.id().value()).toList()));
                            return papers;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }).toList();
        return new DigestReader(new DigestFormatDetector(), parsers);
    }

    @Override
    public void close() throws IOException {
        refresh.close();
        client.close();
        library.close();
    }
}
