package org.paperfeed.architecture.triangle;

/** One of three classes in a ring (the most the rule allows), for {@code ClassCyclesTest}. */
public class One {
    Two next;
}
