package org.paperfeed.library;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** One or more ids that name no paper in the library. */
public class PaperNotFoundException extends Exception {

    private final List<String> ids;

    public PaperNotFoundException(String id) {
        super("no paper with id '" + id + "' in the library");
        this.ids = List.of(id);
    }

    /** Every unknown id of a change to several papers, so the user hears of all of them at once. */
    public PaperNotFoundException(Collection<String> ids) {
        super(ids.size() == 1 ? "no paper with id '" + ids.iterator().next() + "' in the library"
                : "no papers with ids " + ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", "))
                        + " in the library");
        this.ids = List.copyOf(ids);
    }

    /** The ids that were not found, as given. */
    public List<String> ids() {
        return ids;
    }
}
