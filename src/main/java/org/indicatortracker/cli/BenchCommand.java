package org.indicatortracker.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.indicatortracker.bench.EndToEndBenchmark;
import org.indicatortracker.kafka.EmbeddedKafkaBroker;
import org.indicatortracker.stream.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * End-to-end throughput and latency, side by side with two reference topologies on the same broker:
 * the pass-through and the extraction only.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description =
                "Benchmark backfill throughput and paced latency against a pass-through topology and an extraction-only "
                        + "one, in alternating rounds.")
final class BenchCommand implements Callable<Integer> {
    @Option(
            names = "--reports",
            defaultValue = "20000",
            description = "reports to backfill (default ${DEFAULT-VALUE}, about 1 GB)")
    int reports;

    @Option(
            names = "--warm-up",
            defaultValue = "5000",
            description = "reports each app (tracker and references) processes, unmeasured, before its backfill is "
                    + "timed, so that both are measured warm, as a long-running app is (default ${DEFAULT-VALUE}; "
                    + "0 measures them cold)")
    int warmUp;

    @Option(
            names = "--report-kb",
            defaultValue = "50",
            description = "size of each generated report in KB (default ${DEFAULT-VALUE})")
    int reportKb;

    @Option(
            names = "--corpus",
            paramLabel = "DIR",
            description =
                    "replay the real reports of DIR (every *.txt under it), cycled up to --reports, instead of generated ones")
    Path corpus;

    @Option(
            names = "--rounds",
            defaultValue = "3",
            description =
                    "rounds of the references and the tracker, the tracker first in even rounds and last in odd ones "
                            + "(default ${DEFAULT-VALUE}); "
                            + "the figures are their medians")
    int rounds;

    @Option(
            names = "--rate",
            defaultValue = "50",
            description = "paced load for the latency measurement, reports/s (default ${DEFAULT-VALUE})")
    int rate;

    @Option(
            names = "--pace-seconds",
            defaultValue = "30",
            description = "how long the paced load runs (default ${DEFAULT-VALUE})")
    int paceSeconds;

    @Option(names = "--heap", defaultValue = "512m", description = "heap of the app's JVM (default ${DEFAULT-VALUE})")
    String heap;

    @Option(
            names = "--record",
            paramLabel = "DIR",
            description =
                    "record each tracker JVM with JFR into DIR (tracker-roundN.jfr), for a profile of the topology; "
                            + "the recording costs the tracker a little, so its figures are not the benchmark's")
    Path record;

    @Option(
            names = "--app-config",
            paramLabel = "KEY=VALUE",
            description = "a Streams or client property for every app, tracker and references alike (repeatable), "
                    + "to measure a setting: --app-config commit.interval.ms=100")
    Map<String, String> appConfig = new LinkedHashMap<>();

    @Option(names = "--out", description = "also write the figures as JSON to this file")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (rounds < 1 || reports < 1 || warmUp < 0) {
            throw new ParameterException(
                    spec.commandLine(), "--rounds and --reports must be at least 1, --warm-up at least 0");
        }
        if (corpus != null && !Files.isDirectory(corpus)) {
            throw new ParameterException(spec.commandLine(), "--corpus: no such folder: " + corpus);
        }
        if (record != null) {
            Files.createDirectories(record);
        }
        if (rounds < 3) {
            err.println("bench: fewer than 3 rounds: one noisy pair is no result (see --rounds)");
        }
        Files.createDirectories(Path.of("data"));
        Path work = Files.createTempDirectory(Path.of("data"), "bench-");
        Map<String, Object> figures;
        try (EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(work.resolve("kafka"), 0, Map.of()).start()) {
            EndToEndBenchmark bench = new EndToEndBenchmark(
                    new EndToEndBenchmark.Settings(
                            reports,
                            warmUp,
                            reportKb * 1024,
                            rate,
                            paceSeconds,
                            4,
                            heap,
                            corpus,
                            rounds,
                            record,
                            Map.copyOf(appConfig)),
                    broker.bootstrapServers(),
                    work,
                    line -> {
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
        printRounds(o, figures);
        for (Map.Entry<String, Object> e : figures.entrySet()) {
            Object v = e.getValue();
            if (!(v instanceof List)) {
                o.printf(
                        Locale.ROOT,
                        "%-28s %s%n",
                        e.getKey(),
                        v instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : v);
            }
        }
        o.printf(
                Locale.ROOT,
                "%nthroughput ratio, median of %d rounds: %.2f (%.2f–%.2f); extraction only, the floor of any"
                        + " topology that reads every report: %.2f (%.2f–%.2f), the tracker %.2f of it;"
                        + " p99 latency %s ms (%s–%s); peak RSS %.0f MB%n",
                figures.get("rounds"),
                figures.get("throughputRatio"),
                figures.get("throughputRatioMin"),
                figures.get("throughputRatioMax"),
                figures.get("extractionOnlyRatio"),
                figures.get("extractionOnlyRatioMin"),
                figures.get("extractionOnlyRatioMax"),
                figures.get("trackerToExtractionOnlyRatio"),
                figures.get("latencyP99Ms"),
                figures.get("latencyP99MsMin"),
                figures.get("latencyP99MsMax"),
                figures.get("peakRssMb"));
        o.flush();
        if (out != null) {
            Files.writeString(out, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(figures) + "\n");
        }
        return 0;
    }

    /** One line per round, in the order they ran. */
    private static void printRounds(PrintWriter o, Map<String, Object> figures) {
        o.printf(
                Locale.ROOT,
                "%-6s %-38s %11s %11s %7s %11s %7s %8s %8s %9s %6s%n",
                "round",
                "order",
                "tracker r/s",
                "pass r/s",
                "ratio",
                "extract r/s",
                "floor",
                "p50 ms",
                "p99 ms",
                "RSS MB",
                "load");
        for (Object each : (List<?>) figures.get("perRound")) {
            Map<?, ?> r = (Map<?, ?>) each;
            o.printf(
                    Locale.ROOT,
                    "%-6s %-38s %11.1f %11.1f %7.2f %11.1f %7.2f %8s %8s %9.0f %6.1f%n",
                    r.get("round"),
                    r.get("order"),
                    r.get("reportsPerSecond"),
                    r.get("passThroughReportsPerSecond"),
                    r.get("throughputRatio"),
                    r.get("extractionOnlyReportsPerSecond"),
                    r.get("extractionOnlyRatio"),
                    r.get("latencyP50Ms"),
                    r.get("latencyP99Ms"),
                    r.get("peakRssMb"),
                    r.get("loadAverage"));
        }
        o.println();
    }
}
