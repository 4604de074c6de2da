package org.paperfeed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** The jar's logging set up in code is the one logback.xml (its fallback) describes: what reaches stderr, and how. */
class LogConfigurationTest {

    @Test
    void codeAndXmlSendTheSameWarningsToStderrInTheSameFormat() throws Exception {
        LoggerContext inCode = new LoggerContext();
        LogConfiguration.setUp(inCode);
        LoggerContext fromXml = new LoggerContext();
        URL xml = LogConfiguration.class.getResource("/logback.xml");
        assertNotNull(xml, "logback.xml on the class path");
        JoranConfigurator joran = new JoranConfigurator();
        joran.setContext(fromXml);
        joran.doConfigure(xml);

        Logger codeRoot = inCode.getLogger(Logger.ROOT_LOGGER_NAME);
        Logger xmlRoot = fromXml.getLogger(Logger.ROOT_LOGGER_NAME);
        assertEquals(xmlRoot.getLevel(), codeRoot.getLevel());
        assertEquals(false, inCode.getLogger("org.paperfeed.ui").isInfoEnabled(), "info stays out of the terminal");
        ConsoleAppender<ILoggingEvent> code = stderr(codeRoot);
        ConsoleAppender<ILoggingEvent> fromFile = stderr(xmlRoot);
        assertEquals(fromFile.getTarget(), code.getTarget());
        assertEquals("System.err", code.getTarget());
        assertEquals(((PatternLayoutEncoder) fromFile.getEncoder()).getPattern(),
                ((PatternLayoutEncoder) code.getEncoder()).getPattern());
    }

    @Test
    void theFirstWarningIsWrittenInThePatternThoughThePatternIsParsedOnlyThen() {
        java.io.PrintStream terminal = System.err;
        java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
        LoggerContext inCode = new LoggerContext();
        // What SLF4J's binding gives the real context; a bare one has none.
        inCode.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        try {
            System.setErr(new java.io.PrintStream(written, true, java.nio.charset.StandardCharsets.UTF_8));
            LogConfiguration.setUp(inCode);
            PatternLayoutEncoder encoder = (PatternLayoutEncoder) stderr(inCode.getLogger(Logger.ROOT_LOGGER_NAME))
                    .getEncoder();
            assertEquals(null, encoder.getLayout(), "no layout built while nothing was logged");
            inCode.getLogger("org.paperfeed.library.PaperIndex").info("not shown");
            inCode.getLogger("org.paperfeed.library.PaperIndex").warn("the disk is full");
            inCode.getLogger("org.paperfeed.app.AppServices").error("and again");
        } finally {
            System.setErr(terminal);
            inCode.stop();
        }
        assertEquals("WARN  o.p.l.PaperIndex - the disk is full" + System.lineSeparator()
                        + "ERROR o.p.app.AppServices - and again" + System.lineSeparator(),
                written.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static ConsoleAppender<ILoggingEvent> stderr(Logger root) {
        Appender<ILoggingEvent> appender = root.getAppender("STDERR");
        assertNotNull(appender, "an appender named STDERR");
        return assertInstanceOf(ConsoleAppender.class, appender);
    }
}
