package org.paperfeed.architecture.cycles;

/** One of four classes in a ring, for {@code ClassCyclesTest}. */
public class First {
    Second next;
}
