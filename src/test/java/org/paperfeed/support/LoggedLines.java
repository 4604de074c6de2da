package org.paperfeed.support;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** What a class logs while a piece of a test runs, as formatted lines: for tests of what the log tells a user. */
public final class LoggedLines {

    /** The steps under test. */
    public interface Steps {
        void run() throws Exception;
    }

    private LoggedLines() {
    }

    /** Runs {@code steps} and gives every line {@code source}'s logger wrote meanwhile, formatted, in order. */
    public static List<String> of(Class<?> source, Steps steps) throws Exception {
        Logger log = (Logger) LoggerFactory.getLogger(source);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        log.addAppender(logged);
        try {
            steps.run();
        } finally {
            log.detachAppender(logged);
        }
        return logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
