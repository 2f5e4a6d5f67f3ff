package org.indicatortracker.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the extraction benchmarks and prints MB/s per core (one thread) of extraction and of the
 * one-pattern baseline, and their ratio:
 * <ul>
 *   <li>{@link ExtractionBenchmark} on every document of a folder (the first argument, default
 *       ../shared/seeds, else generated reports);</li>
 *   <li>{@link CorpusExtractionBenchmark} over the whole real corpus (system property
 *       tracker.bench.corpus, default ../shared/corpus).</li>
 * </ul>
 * System property tracker.bench.only=seeds|corpus runs one of them (corpus.extract, one benchmark
 * of the corpus: a flight recording of it alone); tracker.bench.jvmArgs adds arguments to the
 * benchmark JVMs, separated by spaces.
 */
public final class ExtractionBenchmarkMain {
    private ExtractionBenchmarkMain() {}

    public static void main(String[] args) throws Exception {
        String only = System.getProperty("tracker.bench.only", "").trim();
        List<String> jvmArgs = new ArrayList<>(List.of("-Xmx1g"));
        for (String a : System.getProperty("tracker.bench.jvmArgs", "").trim().split("\\s+")) {
            if (!a.isEmpty()) {
                jvmArgs.add(a);
            }
        }
        if (only.isEmpty() || only.equals("seeds")) {
            seeds(Path.of(args.length > 0 && !args[0].isBlank() ? args[0] : "../shared/seeds"), jvmArgs);
        }
        if (only.isEmpty() || only.startsWith("corpus")) {
            String method = only.startsWith("corpus.") ? only.substring("corpus.".length()) : "";
            corpus(
                    Path.of(System.getProperty(
                            CorpusExtractionBenchmark.CORPUS_PROPERTY, CorpusExtractionBenchmark.DEFAULT_CORPUS)),
                    method,
                    jvmArgs);
        }
    }

    private static void seeds(Path dir, List<String> jvmArgs) throws Exception {
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
            docs = files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        }
        List<String> forkArgs = new ArrayList<>(jvmArgs);
        forkArgs.add("-Dtracker.bench.docs=" + dir.toAbsolutePath());
        Options options = new OptionsBuilder()
                .include(ExtractionBenchmark.class.getName() + "\\.")
                .param("document", docs.toArray(String[]::new))
                .jvmArgsAppend(forkArgs.toArray(String[]::new))
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
        System.out.printf(
                Locale.ROOT, "%-28s %10s %14s %14s %7s%n", "document", "KB", "extract MB/s", "baseline MB/s", "ratio");
        double bytes = 0;
        double extractSeconds = 0;
        double baselineSeconds = 0;
        for (Map.Entry<String, double[]> e : perDoc.entrySet()) {
            double[] row = e.getValue();
            double ext = row[0] * row[1] / 1e6;
            double base = row[0] * row[2] / 1e6;
            System.out.printf(
                    Locale.ROOT,
                    "%-28s %10.1f %14.1f %14.1f %7.3f%n",
                    e.getKey(),
                    row[0] / 1024,
                    ext,
                    base,
                    ext / base);
            bytes += row[0];
            extractSeconds += 1 / row[1];
            baselineSeconds += 1 / row[2];
        }
        double ext = bytes / extractSeconds / 1e6;
        double base = bytes / baselineSeconds / 1e6;
        System.out.printf(
                Locale.ROOT,
                "%-28s %10.1f %14.1f %14.1f %7.3f%n",
                "all (one pass over each)",
                bytes / 1024,
                ext,
                base,
                ext / base);
    }

    private static void corpus(Path dir, String method, List<String> jvmArgs) throws Exception {
        if (!Files.isDirectory(dir)) {
            System.out.println(
                    "no corpus at " + dir.toAbsolutePath() + " (set -Djmh.corpus=DIR); corpus benchmark skipped");
            return;
        }
        CorpusReports corpus = CorpusReports.load(dir);
        List<String> forkArgs = new ArrayList<>(jvmArgs);
        forkArgs.add("-D" + CorpusExtractionBenchmark.CORPUS_PROPERTY + "=" + dir.toAbsolutePath());
        Options options = new OptionsBuilder()
                .include(CorpusExtractionBenchmark.class.getName() + "\\." + method)
                .jvmArgsAppend(forkArgs.toArray(String[]::new))
                .build();
        Map<String, RunResult> byBench = new TreeMap<>();
        for (RunResult r : new Runner(options).run()) {
            String bench = r.getParams().getBenchmark();
            byBench.put(bench.substring(bench.lastIndexOf('.') + 1), r);
        }
        double mb = corpus.bytes() / 1e6;
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "corpus %s: %d reports, %.1f MB of UTF-8 (%d bytes); one thread, MB/s per core%n",
                dir.toAbsolutePath().normalize(),
                corpus.reports().size(),
                mb,
                corpus.bytes());
        System.out.printf(
                Locale.ROOT,
                "%-10s %10s %10s %18s %14s %18s%n",
                "",
                "MB/s",
                "± (99.9%)",
                "iterations min–max",
                "MB/CPU-second",
                "iterations min–max");
        double[] ext = row("extract", byBench.get("extract"), mb);
        double[] base = row("baseline", byBench.get("baseline"), mb);
        if (ext != null && base != null) {
            System.out.printf(
                    Locale.ROOT,
                    "%-10s %10.3f %10s %11.3f–%.3f %14.3f %11.3f–%.3f%n",
                    "ratio",
                    ext[0] / base[0],
                    "",
                    ext[1] / base[2],
                    ext[2] / base[1],
                    ext[3] / base[3],
                    ext[4] / base[5],
                    ext[5] / base[4]);
        }
        System.out.println(
                "MB/s: wall-clock time, what JMH measures; MB/CPU-second: the process CPU time of the same passes,"
                        + " every thread (GC, JIT), which a busy machine disturbs less.");
    }

    /**
     * Prints one benchmark's MB/s (score, error, range of its iterations) and MB per CPU-second
     * (over all its iterations, and their range); returns them in that order, error left out.
     */
    private static double[] row(String name, RunResult run, double mb) {
        if (run == null) {
            return null;
        }
        Result<?> r = run.getPrimaryResult();
        double score = r.getScore() * mb;
        double min = r.getStatistics().getMin() * mb;
        double max = r.getStatistics().getMax() * mb;
        double cpuNanos = 0;
        double passes = 0;
        double cpuMin = Double.MAX_VALUE;
        double cpuMax = 0;
        for (BenchmarkResult b : run.getBenchmarkResults()) {
            for (IterationResult i : b.getIterationResults()) {
                double n = i.getSecondaryResults().get("cpuNanos").getScore();
                double p = i.getSecondaryResults().get("passes").getScore();
                cpuNanos += n;
                passes += p;
                if (n > 0) {
                    cpuMin = Math.min(cpuMin, p * mb / (n / 1e9));
                    cpuMax = Math.max(cpuMax, p * mb / (n / 1e9));
                }
            }
        }
        double perCpuSecond = passes * mb / (cpuNanos / 1e9);
        System.out.printf(
                Locale.ROOT,
                "%-10s %10.1f %10.1f %11.1f–%.1f %14.1f %11.1f–%.1f%n",
                name,
                score,
                r.getScoreError() * mb,
                min,
                max,
                perCpuSecond,
                cpuMin,
                cpuMax);
        return new double[] {score, min, max, perCpuSecond, cpuMin, cpuMax};
    }
}
