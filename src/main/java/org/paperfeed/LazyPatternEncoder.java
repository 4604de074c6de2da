package org.paperfeed;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * A {@link PatternLayoutEncoder} that parses its pattern on the first event it writes rather than when logging is set
 * up. Logback's {@code PatternLayout} loads some 70 converter classes and as many lambdas to parse any pattern, about
 * 50 ms of the main thread before the window's toolkit starts; only warnings reach this encoder, and most starts write
 * none.
 */
final class LazyPatternEncoder extends PatternLayoutEncoder {

    private volatile boolean built;

    /** Started without its layout: the appender asks for no header (there is no layout yet) and writes nothing. */
    @Override
    public void start() {
        started = true;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        if (!built) {
            build();
        }
        return super.encode(event);
    }

    private synchronized void build() {
        if (!built) {
            super.start();
            built = true;
        }
    }
}
