package org.indicatortracker.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ExtractionBenchmark} on every document of a folder (default ../shared/seeds, else
 * generated reports) and prints MB/s per core of extraction and baseline, and their ratio.
 */
public final class ExtractionBenchmarkMain {
    private ExtractionBenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 && !args[0].isBlank() ? args[0] : "../shared/seeds");
        if (!Files.isDirectory(dir)) {
            dir = Files.createTempDirectory("bench-docs");
            ReportGenerator g = new ReportGenerator(60_000);
            for (var e : g.reports(5, 1, 2024, 1)) {
                Files.writeString(dir.resolve(e.id() + ".txt"), e.text());
            }
            System.out.println("no seed documents; benchmarking generated reports in " + dir);
        }
        List<String> docs;
        try (Stream<Path> files = Files.list(dir)) {
            docs = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
        Options options = new OptionsBuilder()
                .include(ExtractionBenchmark.class.getSimpleName())
                .param("document", docs.toArray(String[]::new))
                .jvmArgsAppend("-Dtracker.bench.docs=" + dir.toAbsolutePath(), "-Xmx1g")
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, double[]> perDoc = new TreeMap<>();
        for (RunResult r : results) {
            String doc = r.getParams().getParam("document");
            String bench = r.getParams().getBenchmark();
            double opsPerSecond = r.getPrimaryResult().getScore();
            double[] row = perDoc.computeIfAbsent(doc, d -> new double[3]);
            row[0] = Files.readString(dir.resolve(doc), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8).length;
            row[bench.endsWith("extract") ? 1 : 2] = opsPerSecond;
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "%-28s %10s %14s %14s %7s%n", "document", "KB", "extract MB/s", "baseline MB/s", "ratio");
        double bytes = 0;
        double extractSeconds = 0;
        double baselineSeconds = 0;
        for (Map.Entry<String, double[]> e : perDoc.entrySet()) {
            double[] row = e.getValue();
            double ext = row[0] * row[1] / 1e6;
            double base = row[0] * row[2] / 1e6;
            System.out.printf(Locale.ROOT, "%-28s %10.1f %14.1f %14.1f %7.3f%n", e.getKey(), row[0] / 1024, ext, base, ext / base);
            bytes += row[0];
            extractSeconds += 1 / row[1];
            baselineSeconds += 1 / row[2];
        }
        double ext = bytes / extractSeconds / 1e6;
        double base = bytes / baselineSeconds / 1e6;
        System.out.printf(Locale.ROOT, "%-28s %10.1f %14.1f %14.1f %7.3f%n", "all (one pass over each)", bytes / 1024, ext, base, ext / base);
    }
}
