package org.paperfeed.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import org.paperfeed.app.sources.CatchUp;
import org.paperfeed.app.sources.RefreshReport;
import org.paperfeed.app.sources.SourceStatus;
import org.paperfeed.app.sources.SourceStatusStore;
import org.paperfeed.ingest.DigestFormat;
import org.paperfeed.ingest.DigestFormatDetector;
import org.paperfeed.ingest.DigestParseException;
import org.paperfeed.ingest.ParseContext;
import org.paperfeed.ingest.fetch.FetchClient;
import org.paperfeed.ingest.fetch.FetchOutcome;
import org.paperfeed.ingest.fetch.FetchRequest;
import org.paperfeed.ingest.source.DailyPapersQuery;
import org.paperfeed.ingest.source.DigestPeriod;
import org.paperfeed.ingest.source.Source;
import org.paperfeed.model.Sha256;

/**
 * Refreshing one source, all on the calling thread of the refresh pool: today's digest, then, for a daily source,
 * each past day it missed ({@link CatchUp}). Every digest goes the same way: fetch (through the one
 * {@link FetchClient}, with its cache, retries and host spacing), then parse and import through {@link ImportPapers}
 * into the library, whose one index writer serialises the commits, told the day it was fetched and the day it lists.
 * A digest fetched but not imported is forgotten by the HTTP cache, so the next refresh downloads it whole.
 */
final class SourceRefresh {

    static final String NO_DATES = "does not support dates";
    static final String CANCELLED = "cancelled";

    private final SourceStatusStore statuses;
    private final FetchClient client;
    private final ImportPapers imports;
    private final BooleanSupplier cancelled;
    private final Clock clock;
    private final RefreshConfig config;
    private final IntSupplier catchUpDays;
    private final DigestFormatDetector detector = new DigestFormatDetector();

    /** @param cancelled true once the refresh is cancelled: nothing more is fetched or imported */
    SourceRefresh(SourceStatusStore statuses, FetchClient client, ImportPapers imports, BooleanSupplier cancelled,
            Clock clock, RefreshConfig config, IntSupplier catchUpDays) {
        this.statuses = statuses;
        this.client = client;
        this.imports = imports;
        this.cancelled = cancelled;
        this.clock = clock;
        this.config = config;
        this.catchUpDays = catchUpDays;
    }

    /**
     * Today's digest, then the past days the source missed: from {@code since} if given, else the capped catch-up.
     * A failed past day ends the catch-up there, so the next refresh starts from it.
     */
    RefreshReport latest(Source source, LocalDate since) {
        LocalDate today = LocalDate.now(clock);
        SourceStatus before = statuses.get(source.name());
        RefreshReport todays = today(source, before, today);
        if (todays.offline() || !CatchUp.catchesUp(source, statuses.get(source.name()))) {
            return todays;
        }
        List<LocalDate> missed = since != null ? CatchUp.daysSince(before, since, today)
                : CatchUp.missedDays(before, today, clock.getZone(), catchUpDays.getAsInt());
        List<RefreshReport> fetches = new ArrayList<>(List.of(todays));
        for (LocalDate day : missed) {
            RefreshReport dated = pastDay(source, day, today);
            fetches.add(dated.on(day));
            if (dated.failed()) {
                break;
            }
            statuses.recordDayFetched(source.name(), day, CatchUp.oldestKept(today));
        }
        return RefreshReport.combined(fetches);
    }

    /** One day's digest, from a source that can be asked for one; the others are skipped. */
    RefreshReport day(Source source, LocalDate day) {
        LocalDate today = LocalDate.now(clock);
        SourceStatus status = statuses.get(source.name());
        if (!CatchUp.datesSupported(source, status)) {
            return RefreshReport.skipped(source.name(), NO_DATES);
        }
        RefreshReport report = pastDay(source, day, today);
        if (!report.failed() && day.isBefore(today) && CatchUp.catchesUp(source, status)) {
            statuses.recordDayFetched(source.name(), day, CatchUp.oldestKept(today));
        }
        return report;
    }

    private RefreshReport today(Source source, SourceStatus status, LocalDate today) {
        String fetchUrl = config.fetchUrl(source.url());
        FetchOutcome outcome = fetch(source, fetchUrl);
        if (outcome instanceof FetchOutcome.Failed failed) {
            return RefreshReport.failed(source.name(), failed.reason(), failed.offline());
        }
        FetchOutcome.Fetched fetched = outcome instanceof FetchOutcome.NotModified notModified
                ? notModified.cached() : (FetchOutcome.Fetched) outcome;
        String hash = Sha256.hex(fetched.body());
        if (outcome instanceof FetchOutcome.NotModified && hash.equals(status.importedHash())) {
            return RefreshReport.notModified(source.name(), hash);
        }
        // Otherwise a 304's cached copy never reached the library: the app stopped between download and import.
        DigestFormat format = formatOf(source, fetched);
        // A trending ranking lists its papers on the day it was seen; a daily list says its own day.
        LocalDate listingDay = DailyPapersQuery.isTrending(source.url()) ? today : null;
        ParseContext context = new ParseContext(fetched.finalUrl(), source.name(), fetchDay(fetched, format, today),
                listingDay);
        RefreshReport report = importDigest(source, fetched, hash, fetchUrl, context);
        if (!report.failed() && source.format() == null && format != null) {
            statuses.recordDetectedFormat(source.name(), format);
        }
        return report;
    }

    private RefreshReport pastDay(Source source, LocalDate day, LocalDate today) {
        String fetchUrl = config.fetchUrl(DailyPapersQuery.of(new DigestPeriod.Day(day)).applyTo(source.url()));
        FetchOutcome outcome = fetch(source, fetchUrl);
        if (outcome instanceof FetchOutcome.Failed failed) {
            return RefreshReport.failed(source.name(), failed.reason(), failed.offline());
        }
        // A past day keeps no hash in the status, so a 304 imports the cached copy: papers already in change nothing.
        FetchOutcome.Fetched fetched = outcome instanceof FetchOutcome.NotModified notModified
                ? notModified.cached() : (FetchOutcome.Fetched) outcome;
        return importDigest(source, fetched, Sha256.hex(fetched.body()), fetchUrl,
                new ParseContext(fetched.finalUrl(), source.name(), today, day));
    }

    private FetchOutcome fetch(Source source, String fetchUrl) {
        if (cancelled.getAsBoolean()) {
            return new FetchOutcome.Failed(CANCELLED, false);
        }
        return client.fetch(new FetchRequest(fetchUrl, source.userAdded()));
    }

    /**
     * The day a digest was fetched, which dates without a year are read against: for a text page the server's
     * {@code Date}, when it sent one, else the library clock's day.
     */
    private LocalDate fetchDay(FetchOutcome.Fetched fetched, DigestFormat format, LocalDate today) {
        if (format == DigestFormat.TEXT_PAGE && fetched.serverDate() != null) {
            return LocalDate.ofInstant(fetched.serverDate(), clock.getZone());
        }
        return today;
    }

    /** The source's format, or what its body looks like; null when it looks like no digest (the import says why). */
    private DigestFormat formatOf(Source source, FetchOutcome.Fetched fetched) {
        if (source.format() != null) {
            return source.format();
        }
        try {
            return detector.detect(fetched.body(), fetched.contentType(), fetched.finalUrl());
        } catch (DigestParseException e) {
            return null;
        }
    }

    private RefreshReport importDigest(Source source, FetchOutcome.Fetched fetched, String hash, String fetchUrl,
            ParseContext context) {
        // Not kept when not imported, so the next refresh downloads it whole instead of hearing "not modified".
        if (cancelled.getAsBoolean()) {
            client.forget(new LinkedHashSet<>(List.of(fetchUrl, fetched.finalUrl())));
            return RefreshReport.failed(source.name(), CANCELLED, false);
        }
        try {
            ImportReport report = imports.importBytes(fetched.body(), fetched.contentType(), source.format(), context);
            return RefreshReport.imported(source.name(), report.added(), report.updated(), report.unusable(), hash);
        } catch (PaperFeedException failure) {
            client.forget(new LinkedHashSet<>(List.of(fetchUrl, fetched.finalUrl())));
            return RefreshReport.failed(source.name(), reasonOf(failure, fetched.finalUrl()), false);
        }
    }

    /** The reason without the URL in front: the source's name already says where. */
    private static String reasonOf(PaperFeedException e, String origin) {
        if (e.getCause() instanceof DigestParseException parse) {
            return parse.reason();
        }
        String message = e.getMessage();
        return message.startsWith(origin + ": ") ? message.substring(origin.length() + 2) : message;
    }
}
