package org.indicatortracker.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.indicatortracker.config.TrackerConfig;
import org.indicatortracker.kafka.GoalStatusReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Follows the goal-status topic: the current statuses first, then each change as it comes. */
@Command(name = "watch", mixinStandardHelpOptions = true, description = "Print goal statuses as they arrive.")
final class WatchCommand implements Callable<Integer> {
    @Option(names = "--json", description = "print JSON lines instead of a table")
    boolean json;

    @Option(names = "--idle-exit", paramLabel = "SECONDS", description = "exit after this many seconds without a new event (default: never)")
    Integer idleExit;

    @Mixin
    KafkaOptions kafka;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TrackerConfig config = kafka.load();
        if (config.bootstrapServers().isEmpty()) {
            spec.commandLine().getErr().println("no Kafka: give --bootstrap-servers or KAFKA_BOOTSTRAP_SERVERS");
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        int[] widths = {10, 4, 16, 14, 14, 13};
        if (!json) {
            out.println(GoalTable.line(GoalTable.HEADER, widths));
        }
        long lastEvent = System.nanoTime();
        try (GoalStatusReader reader = new GoalStatusReader(config.clientProperties(), config.topics().goalStatus())) {
            while (idleExit == null || System.nanoTime() - lastEvent < Duration.ofSeconds(idleExit).toNanos()) {
                int n = reader.poll(Duration.ofMillis(500), e -> {
                    if (json) {
                        out.println(e.json() == null ? "{\"key\":\"" + e.key() + "\",\"status\":null}" : e.json());
                    } else if (e.status() != null) {
                        out.println(GoalTable.line(GoalTable.row(e.status()), widths));
                    } else {
                        out.println(e.key() + "  (retracted)");
                    }
                });
                if (n > 0) {
                    lastEvent = System.nanoTime();
                    out.flush();
                }
            }
        }
        return 0;
    }
}
