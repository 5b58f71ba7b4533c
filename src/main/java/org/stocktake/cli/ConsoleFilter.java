package org.stocktake.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * What of the log reaches the console without --debug: stocktake's own progress and summaries (INFO and up), and
 * other libraries' warnings and errors that carry no exception. An exception means a failure, which the command
 * reports in one line of its own ({@link FailureReport}); its stack trace, Spring's account of a context that
 * failed to start and every library's INFO stay in the log file. With --debug the console gets it all.
 */
final class ConsoleFilter extends Filter<ILoggingEvent> {

    private static final String STOCKTAKE = "org.stocktake";
    /** Spring's own report of a context that failed to start (the failure is reported by the command). */
    private static final String REFRESH_CANCELLED = "Exception encountered during context initialization";
    private static final String FAILURE_ANALYSIS = "org.springframework.boot.diagnostics";
    /** Flyway warns on every run that it was not verified with this H2 version: errors only. */
    private static final String FLYWAY = "org.flywaydb";

    private final boolean debug;

    ConsoleFilter(boolean debug) {
        this.debug = debug;
    }

    @Override
    public FilterReply decide(ILoggingEvent event) {
        if (debug) {
            return FilterReply.NEUTRAL;
        }
        if (event.getMarkerList() != null && event.getMarkerList().contains(LogSetup.DETAILS)) {
            return FilterReply.DENY;
        }
        String logger = event.getLoggerName();
        if (logger.equals(STOCKTAKE) || logger.startsWith(STOCKTAKE + ".")) {
            return event.getLevel().isGreaterOrEqual(Level.INFO) ? FilterReply.NEUTRAL : FilterReply.DENY;
        }
        boolean failure = event.getThrowableProxy() != null || logger.startsWith(FAILURE_ANALYSIS)
                || (event.getMessage() != null && event.getMessage().startsWith(REFRESH_CANCELLED));
        Level least = logger.startsWith(FLYWAY) ? Level.ERROR : Level.WARN;
        return event.getLevel().isGreaterOrEqual(least) && !failure ? FilterReply.NEUTRAL : FilterReply.DENY;
    }
}
