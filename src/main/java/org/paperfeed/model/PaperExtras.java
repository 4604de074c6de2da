package org.paperfeed.model;

import java.util.List;

/**
 * What some sources add to a paper beyond its bibliographic record (Hugging Face above all). Every part is optional:
 * null or empty when no source said.
 *
 * @param version      the arXiv version the title and abstract are from ("v2"); a newer one replaces them
 * @param aiSummary    shown, not searched by default
 * @param aiKeywords   searched with {@code keyword:}
 * @param organization searched with {@code org:}
 */
public record PaperExtras(String version, GithubRepo github, String projectPage, String aiSummary,
                          List<String> aiKeywords, String organization) {

    public static final PaperExtras NONE = new PaperExtras(null, null, null, null, List.of(), null);

    public PaperExtras {
        aiKeywords = aiKeywords == null ? List.of() : List.copyOf(aiKeywords);
    }

    /** These extras, each part completed or replaced by what {@code newer} knows (a later fetch wins). */
    public PaperExtras updatedWith(PaperExtras newer) {
        return new PaperExtras(
                newer.version != null ? newer.version : version,
                newer.github != null ? newer.github : github,
                newer.projectPage != null ? newer.projectPage : projectPage,
                newer.aiSummary != null ? newer.aiSummary : aiSummary,
                newer.aiKeywords.isEmpty() ? aiKeywords : newer.aiKeywords,
                newer.organization != null ? newer.organization : organization);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
