package org.indicatortracker.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.indicatortracker.extract.Extractor;
import org.indicatortracker.extract.Lexicon;
import org.indicatortracker.extract.ReportOverrides;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The full extraction of every report of a real corpus (system property tracker.bench.corpus,
 * default ../shared/corpus), against the same one-pattern baseline as {@link ExtractionBenchmark}
 * on the same bytes. One operation is one pass over the whole corpus, so that MB/s is the corpus's
 * UTF-8 size times operations per second, and no report weighs more than its size.
 * <p>
 * Each pass also counts the CPU time the benchmark's JVM spent on it, every thread (GC and JIT
 * included): on a shared machine, MB per CPU-second is the figure per core that other work on the
 * machine disturbs least, where MB per second of wall-clock time falls with every build beside it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// A pass over the 60 MB corpus takes about a second: iterations long enough to hold several.
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(1)
public class CorpusExtractionBenchmark {
    public static final String CORPUS_PROPERTY = "tracker.bench.corpus";
    public static final String DEFAULT_CORPUS = "../shared/corpus";

    private static final Pattern PERCENT = Pattern.compile("\\d+(?:\\.\\d+)?%");
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private List<CorpusReports.Report> reports;
    private Extractor extractor;

    @Setup
    public void load() throws IOException {
        reports = CorpusReports.load(Path.of(System.getProperty(CORPUS_PROPERTY, DEFAULT_CORPUS)))
                .reports();
        extractor = new Extractor(Lexicon.loadDefault());
    }

    /** The process CPU time of the measured passes, and how many there were, per iteration. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuTime {
        public long cpuNanos;
        public long passes;

        @Setup(Level.Iteration)
        public void reset() {
            cpuNanos = 0;
            passes = 0;
        }

        void add(long nanos) {
            cpuNanos += nanos;
            passes++;
        }
    }

    @Benchmark
    public void extract(Blackhole bh, CpuTime cpu) {
        long start = OS.getProcessCpuTime();
        for (CorpusReports.Report r : reports) {
            bh.consume(extractor.extractDocument(r.id(), r.text(), ReportOverrides.NONE));
        }
        cpu.add(OS.getProcessCpuTime() - start);
    }

    @Benchmark
    public int baseline(CpuTime cpu) {
        long start = OS.getProcessCpuTime();
        int n = 0;
        for (CorpusReports.Report r : reports) {
            Matcher m = PERCENT.matcher(r.text());
            while (m.find()) {
                n++;
            }
        }
        cpu.add(OS.getProcessCpuTime() - start);
        return n;
    }
}
