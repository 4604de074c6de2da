package org.paperfeed.app;

import java.util.ArrayList;
import java.util.List;
import org.paperfeed.app.sources.SourceAddress;
import org.paperfeed.app.sources.SourceException;
import org.paperfeed.app.sources.SourceFormats;
import org.paperfeed.app.sources.SourceInfo;
import org.paperfeed.app.sources.SourceRepository;
import org.paperfeed.app.sources.SourceStatus;
import org.paperfeed.app.sources.SourceStatusStore;
import org.paperfeed.ingest.source.Source;

/** The user's list of sources: what the {@code sources} commands and the sidebar's Sources section show and change. */
public final class ManageSources {

    private final SourceRepository repository;
    private final SourceStatusStore statuses;

    ManageSources(SourceRepository repository, SourceStatusStore statuses) {
        this.repository = repository;
        this.statuses = statuses;
    }

    /** Every source with its last status, in the user's order. */
    public List<SourceInfo> list() throws PaperFeedException {
        List<SourceInfo> list = new ArrayList<>();
        for (Source source : sources()) {
            list.add(info(source));
        }
        return list;
    }

    /** Only the statuses, one per source in the user's order: "never refreshed" for a source never tried. */
    public List<SourceStatus> statuses() throws PaperFeedException {
        return sources().stream().map(s -> statuses.get(s.name())).toList();
    }

    /** The format names {@link #add} accepts, {@code auto} first. */
    public List<String> formats() {
        return SourceFormats.names();
    }

    /**
     * Adds a source the user typed in; it may use plain http, at the user's own risk.
     *
     * @param name   null or blank to name it after the URL
     * @param format a name from {@link #formats()}; null or {@code auto} to detect each response's format
     */
    public SourceInfo add(String url, String name, String format) throws PaperFeedException {
        try {
            return info(repository.add(SourceAddress.check(url), name, SourceFormats.parse(format)));
        } catch (SourceException e) {
            throw new PaperFeedException(e.getMessage(), e);
        }
    }

    /** Removes a source and its status; its papers stay in the library. */
    public SourceInfo remove(String name) throws PaperFeedException {
        try {
            Source removed = repository.remove(name).orElseThrow(() -> unknown(name));
            SourceInfo info = info(removed);
            statuses.forget(removed.name());
            return info;
        } catch (SourceException e) {
            throw new PaperFeedException(e.getMessage(), e);
        }
    }

    public SourceInfo enable(String name) throws PaperFeedException {
        return setEnabled(name, true);
    }

    /** A disabled source is left out of a plain refresh, but still refreshed when named. */
    public SourceInfo disable(String name) throws PaperFeedException {
        return setEnabled(name, false);
    }

    private SourceInfo setEnabled(String name, boolean enabled) throws PaperFeedException {
        try {
            return info(repository.setEnabled(name, enabled).orElseThrow(() -> unknown(name)));
        } catch (SourceException e) {
            throw new PaperFeedException(e.getMessage(), e);
        }
    }

    private UnknownSourceException unknown(String name) {
        try {
            return new UnknownSourceException(name, repository.all().stream().map(Source::name).toList());
        } catch (SourceException e) {
            return new UnknownSourceException(name, List.of());
        }
    }

    private List<Source> sources() throws PaperFeedException {
        try {
            return repository.all();
        } catch (SourceException e) {
            throw new PaperFeedException(e.getMessage(), e);
        }
    }

    private SourceInfo info(Source source) {
        return new SourceInfo(source.name(), source.url(), SourceFormats.name(source.format()), source.enabled(),
                source.userAdded(), statuses.get(source.name()));
    }
}
