package org.paperfeed.model;

/** What a link of a paper leads to. */
public enum LinkType {
    ABSTRACT,
    PDF,
    HUGGING_FACE,
    CODE,
    OTHER
}
