package org.stocktake.operations;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code ./stocktake serve --port 0} as a separate process, and the port it chose. */
final class PortalNode implements AutoCloseable {

    private static final Pattern RUNNING = Pattern.compile("Portal running at http://localhost:(\\d+)/.*");

    final StocktakeProcess process;
    final int port;

    private PortalNode(StocktakeProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    static PortalNode start(Map<String, String> environment, String... options) throws InterruptedException {
        List<String> args = new ArrayList<>(List.of("serve", "--port", "0"));
        args.addAll(List.of(options));
        StocktakeProcess process = StocktakeProcess.start(environment, args.toArray(String[]::new));
        if (!process.await(line -> RUNNING.matcher(line).matches(), 1, Duration.ofMinutes(3))) {
            process.kill();
            throw new AssertionError("the portal did not start:\n" + process.output());
        }
        Matcher running = process.output().lines().map(RUNNING::matcher).filter(Matcher::matches).findFirst()
                .orElseThrow();
        return new PortalNode(process, Integer.parseInt(running.group(1)));
    }

    /** Stops it as systemd would (SIGTERM) and returns its exit status. */
    int stop() throws InterruptedException {
        process.terminate();
        return process.waitFor(Duration.ofMinutes(1));
    }

    /** Kills it if a test ended without stopping it. */
    @Override
    public void close() throws InterruptedException {
        process.kill();
    }
}
