package org.indicatortracker.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.indicatortracker.bench.EndToEndBenchmark;
import org.indicatortracker.kafka.EmbeddedKafkaBroker;
import org.indicatortracker.stream.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** End-to-end throughput and latency, side by side with a pass-through topology on the same broker. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark backfill throughput and paced latency against a pass-through topology.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--reports", defaultValue = "20000", description = "reports to backfill (default ${DEFAULT-VALUE}, about 1 GB)")
    int reports;

    @Option(names = "--report-kb", defaultValue = "50", description = "size of each generated report in KB (default ${DEFAULT-VALUE})")
    int reportKb;

    @Option(names = "--rate", defaultValue = "50", description = "paced load for the latency measurement, reports/s (default ${DEFAULT-VALUE})")
    int rate;

    @Option(names = "--pace-seconds", defaultValue = "30", description = "how long the paced load runs (default ${DEFAULT-VALUE})")
    int paceSeconds;

    @Option(names = "--heap", defaultValue = "512m", description = "heap of the app's JVM (default ${DEFAULT-VALUE})")
    String heap;

    @Option(names = "--out", description = "also write the figures as JSON to this file")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Files.createDirectories(Path.of("data"));
        Path work = Files.createTempDirectory(Path.of("data"), "bench-");
        Map<String, Object> figures;
        try (EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(work.resolve("kafka"), 0, Map.of()).start()) {
            EndToEndBenchmark bench = new EndToEndBenchmark(new EndToEndBenchmark.Settings(reports, reportKb * 1024, rate,
                    paceSeconds, 4, heap), broker.bootstrapServers(), work, line -> {
                        err.println("bench: " + line);
                        err.flush();
                    });
            figures = bench.run();
        } finally {
            DemoCommand.deleteQuietly(work);
        }
        figures.put("cores", Runtime.getRuntime().availableProcessors());
        figures.put("java", System.getProperty("java.version"));
        PrintWriter o = spec.commandLine().getOut();
        for (Map.Entry<String, Object> e : figures.entrySet()) {
            Object v = e.getValue();
            o.printf(Locale.ROOT, "%-28s %s%n", e.getKey(), v instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : v);
        }
        o.flush();
        if (out != null) {
            Files.writeString(out, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(figures) + "\n");
        }
        return 0;
    }
}
