package org.indicatortracker.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The full extraction (normalise, recognise, extract) of one document, against the floor of
 * useful work: one pass of a single precompiled pattern that finds every number followed by %.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractionBenchmark {
    private static final Pattern PERCENT = Pattern.compile("\\d+(?:\\.\\d+)?%");

    /** A file of the documents folder (system property tracker.bench.docs). */
    @Param({"000_1eb44f084b9c5d62.txt"})
    public String document;

    private String text;
    private Extractor extractor;

    @Setup
    public void load() throws IOException {
        Path dir = Path.of(System.getProperty("tracker.bench.docs", "../shared/seeds"));
        text = Files.readString(dir.resolve(document), StandardCharsets.UTF_8);
        extractor = new Extractor(Lexicon.loadDefault());
    }

    public int bytes() {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    @Benchmark
    public Object extract() {
        return extractor.extractDocument(document, text, ReportOverrides.NONE);
    }

    @Benchmark
    public int baseline() {
        Matcher m = PERCENT.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
