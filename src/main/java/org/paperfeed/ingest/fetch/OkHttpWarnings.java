package org.paperfeed.ingest.fetch;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OkHttp reports what it recovers from on its own through java.util.logging: a damaged cache journal
 * ({@code http-cache/journal}) is "corrupt …, removing" with a stack trace, which JUL's console handler would print
 * as some 36 lines although the cache is simply emptied and the fetch goes on. Its {@code okhttp3} loggers are sent
 * here instead: one line, no stack trace, through the application's logging.
 */
final class OkHttpWarnings {

    private static final Logger LOG = LoggerFactory.getLogger(OkHttpWarnings.class);
    /** Held strongly: java.util.logging keeps loggers only weakly, and a collected one would forget this handler. */
    private static final java.util.logging.Logger OKHTTP = java.util.logging.Logger.getLogger("okhttp3");
    private static boolean installed;

    private OkHttpWarnings() {
    }

    static synchronized void install() {
        if (installed) {
            return;
        }
        OKHTTP.setUseParentHandlers(false);
        OKHTTP.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                String cause = record.getThrown() == null ? "" : " (" + record.getThrown() + ")";
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    LOG.warn("{}{}", record.getMessage(), cause);
                } else {
                    LOG.debug("{}{}", record.getMessage(), cause);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        installed = true;
    }
}
