package org.indicatortracker.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.indicatortracker.extract.Extractor;
import org.indicatortracker.extract.Lexicon;
import org.indicatortracker.extract.ReportOverrides;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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

    private List<CorpusReports.Report> reports;
    private Extractor extractor;

    @Setup
    public void load() throws IOException {
        reports = CorpusReports.load(Path.of(System.getProperty(CORPUS_PROPERTY, DEFAULT_CORPUS))).reports();
        extractor = new Extractor(Lexicon.loadDefault());
    }

    @Benchmark
    public void extract(Blackhole bh) {
        for (CorpusReports.Report r : reports) {
            bh.consume(extractor.extractDocument(r.id(), r.text(), ReportOverrides.NONE));
        }
    }

    @Benchmark
    public int baseline() {
        int n = 0;
        for (CorpusReports.Report r : reports) {
            Matcher m = PERCENT.matcher(r.text());
            while (m.find()) {
                n++;
            }
        }
        return n;
    }
}
