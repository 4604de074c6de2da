package org.paperfeed.model;

import java.util.Objects;

/**
 * The code repository a source links a paper to.
 *
 * @param stars null when the source does not say
 */
public record GithubRepo(String url, Integer stars) {

    public GithubRepo {
        Objects.requireNonNull(url, "url");
    }
}
