package org.paperfeed.library;

import java.util.List;
import org.paperfeed.model.PaperId;

/**
 * What {@link PaperLibrary#addMarks} did with a backup's marks.
 *
 * @param papers   how many papers gained a mark
 * @param notFound the ids whose marks were not added, as the library holds no paper by that id
 */
public record MarksAdded(int papers, List<PaperId> notFound) {

    public MarksAdded {
        notFound = List.copyOf(notFound);
    }
}
