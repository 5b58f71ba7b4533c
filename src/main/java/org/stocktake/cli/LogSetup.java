package org.stocktake.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;

/**
 * Where a command's log goes. Every command appends to a rolling log file (everything from INFO, stack traces
 * included; DEBUG for stocktake with --debug); the console gets progress and summaries (stocktake's INFO, other
 * libraries' warnings without an exception), or with --debug all the file gets. The command line owns logging:
 * Spring Boot's logging set-up is off for its contexts ({@link SpringContext}), so a starting context cannot
 * undo this.
 */
final class LogSetup {

    /** Events for the log file only (unless --debug): a failure's details, the command line of each run. */
    static final Marker DETAILS = MarkerFactory.getMarker("stocktake.details");

    static final String MAX_FILE_SIZE = "10MB";
    static final int MAX_HISTORY_DAYS = 30;
    static final String TOTAL_SIZE_CAP = "200MB";

    private static final String CONSOLE_PATTERN = "%d{HH:mm:ss} %-5level %msg%n%nopex";
    private static final String DEBUG_CONSOLE_PATTERN = "%d{HH:mm:ss} %-5level %logger{36} - %msg%n";

    private LogSetup() {
    }

    /** Replaces the whole logging configuration: one file, one console. */
    static void start(Path file, boolean debug, OutputStream console) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        if (!SLF4JBridgeHandler.isInstalled()) { // java.util.logging (the PostgreSQL driver) into the same log
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        context.getLogger("org.stocktake").setLevel(debug ? Level.DEBUG : Level.INFO);
        root.addAppender(fileAppender(context, file));
        root.addAppender(consoleAppender(context, debug, console));
    }

    private static RollingFileAppender<ILoggingEvent> fileAppender(LoggerContext context, Path file) {
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName("file");
        appender.setFile(file.toString());
        appender.setAppend(true);
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(appender);
        String name = file.getFileName().toString();
        String stem = name.endsWith(".log") ? name.substring(0, name.length() - ".log".length()) : name;
        rolling.setFileNamePattern(file.resolveSibling(stem + "-%d{yyyy-MM-dd}.%i.log.gz").toString());
        rolling.setMaxFileSize(FileSize.valueOf(MAX_FILE_SIZE));
        rolling.setMaxHistory(MAX_HISTORY_DAYS);
        rolling.setTotalSizeCap(FileSize.valueOf(TOTAL_SIZE_CAP));
        rolling.start();
        appender.setRollingPolicy(rolling);
        // several processes may share a log: the process id tells their lines apart
        appender.setEncoder(encoder(context, "%d{yyyy-MM-dd HH:mm:ss.SSS} " + ProcessHandle.current().pid()
                + " %-5level [%thread] %logger - %msg%n"));
        appender.start();
        return appender;
    }

    private static OutputStreamAppender<ILoggingEvent> consoleAppender(LoggerContext context, boolean debug,
            OutputStream console) {
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setName("console");
        appender.setEncoder(encoder(context, debug ? DEBUG_CONSOLE_PATTERN : CONSOLE_PATTERN));
        appender.setOutputStream(unclosable(console));
        ConsoleFilter filter = new ConsoleFilter(debug);
        filter.setContext(context);
        filter.start();
        appender.addFilter(filter);
        appender.start();
        return appender;
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        return encoder;
    }

    /** The next reset stops the appender, which closes its stream: System.out must stay open. */
    private static OutputStream unclosable(OutputStream console) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                console.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                console.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                console.flush();
            }

            @Override
            public void close() throws IOException {
                console.flush();
            }
        };
    }
}
