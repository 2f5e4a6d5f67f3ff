package org.indicatortracker.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.Callable;
import org.indicatortracker.config.TrackerConfig;
import org.indicatortracker.kafka.GoalStatusReader;
import org.indicatortracker.stream.Json;
import org.indicatortracker.verdict.GoalStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Prints the current status of every goal and stops; with {@code --follow}, goes on with each change as
 * it comes. Stops too when its output is closed ({@code watch --json | head -1}).
 */
@Command(
        name = "watch",
        mixinStandardHelpOptions = true,
        description = "Print the current status of every goal; with --follow, then every change as it comes.")
final class WatchCommand implements Callable<Integer> {
    @Option(names = "--follow", description = "after the current statuses, print every change until stopped")
    boolean follow;

    @Option(names = "--json", description = "print JSON lines instead of a table")
    boolean json;

    @Option(
            names = "--idle-exit",
            paramLabel = "SECONDS",
            description = "with --follow: exit after this many seconds without a new event (default: never)")
    Integer idleExit;

    @Mixin
    KafkaOptions kafka;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TrackerConfig config = kafka.connect();
        PrintWriter out = spec.commandLine().getOut();
        int[] widths = {10, 4, 16, 14, 14, 13};
        if (!json) {
            out.println(GoalTable.line(GoalTable.HEADER, widths));
        }
        try (GoalStatusReader reader =
                new GoalStatusReader(config.clientProperties(), config.topics().goalStatus())) {
            if (!follow) {
                for (GoalStatus s : reader.readToEnd().values().stream()
                        .sorted(Comparator.comparing(GoalStatus::key))
                        .toList()) {
                    out.println(json ? Json.writeString(s) : GoalTable.line(GoalTable.row(s), widths));
                    if (closed(out)) {
                        return 0;
                    }
                }
                out.flush();
                return 0;
            }
            long lastEvent = System.nanoTime();
            while (idleExit == null
                    || System.nanoTime() - lastEvent
                            < Duration.ofSeconds(idleExit).toNanos()) {
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
                    if (closed(out)) {
                        return 0;
                    }
                }
            }
        }
        return 0;
    }

    /** Whether the reader of our output has gone (a closed pipe): then there is nobody to print for. */
    private static boolean closed(PrintWriter out) {
        return out.checkError() || System.out.checkError();
    }
}
