package org.stocktake.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the web portal (standard §11) until stopped (Ctrl+C or SIGTERM). Several portal and"
                + " nightly processes may share one PostgreSQL database: sessions are kept in the database.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "TCP port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        ConfigurableApplicationContext context = SpringContext.startPortal(common, Map.of("server.port", port,
                // uploads write their feedback files there, as the inbox's do; the pack is rendered there
                "stocktake.out", common.out.toAbsolutePath().toString()));
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        new PeriodJobs(context, common, spec.commandLine().getOut()).loadReference();
        int actualPort = ((WebServerApplicationContext) context).getWebServer().getPort();
        spec.commandLine().getOut().println("Portal running at http://localhost:" + actualPort + "/ (port " + actualPort
                + "; Ctrl+C stops it)");
        // the web server's threads keep serving; the main thread waits until a signal closes the context
        closed.await();
        return 0;
    }
}
