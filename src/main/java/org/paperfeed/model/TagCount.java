package org.paperfeed.model;

/** A tag and how many papers carry it. */
public record TagCount(String tag, int count) {
}
