package org.paperfeed.app.prefs;

/** The window's colour scheme. */
public enum Theme {
    LIGHT,
    DARK
}
