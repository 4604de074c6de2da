package org.paperfeed.ui;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The few icons the window uses, named for what they mean here. */
public final class Icons {

    public static final Ikon STARRED = Material2MZ.STAR;
    public static final Ikon UNSTARRED = Material2MZ.STAR_BORDER;
    public static final Ikon REFRESH = Material2MZ.REFRESH;
    public static final Ikon SEARCH = Material2MZ.SEARCH;
    public static final Ikon SAVE_SEARCH = Material2AL.BOOKMARK;
    public static final Ikon THEME = Material2AL.BRIGHTNESS_6;
    public static final Ikon OPEN = Material2MZ.OPEN_IN_NEW;
    public static final Ikon READ = Material2AL.CHECK_CIRCLE;
    public static final Ikon SOURCE_OK = Material2AL.CHECK_CIRCLE;
    public static final Ikon SOURCE_OFFLINE = Material2AL.CLOUD_OFF;
    public static final Ikon SOURCE_ERROR = Material2AL.ERROR;
    public static final Ikon SOURCE_BUSY = Material2MZ.SYNC;
    public static final Ikon SOURCE_NEVER = Material2MZ.RSS_FEED;
    public static final Ikon TAG = Material2AL.LABEL;
    public static final Ikon CLOSE = Material2AL.CLOSE;
    public static final Ikon MARK_ALL_READ = Material2AL.DONE_ALL;
    public static final Ikon MUTE = Material2MZ.VISIBILITY_OFF;
    /** The interests For you learns from. */
    public static final Ikon INTERESTS = Material2MZ.TUNE;
    /** The For you entry: papers ranked by the reader's interests. */
    public static final Ikon FOR_YOU = Material2AL.INSIGHTS;
    public static final Ikon BACK = Material2AL.ARROW_BACK;
    public static final Ikon SIDEBAR = Material2MZ.VIEW_SIDEBAR;
    public static final Ikon NOTE = Material2MZ.NOTES;

    private Icons() {
    }

    public static FontIcon of(Ikon ikon) {
        return new FontIcon(ikon);
    }
}
