package org.indicatortracker.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.indicatortracker.extract.DocumentExtractor;
import org.indicatortracker.extract.ExtractedReport;
import org.indicatortracker.stream.BadReport;
import org.indicatortracker.stream.ReportEnvelope;
import org.indicatortracker.stream.ReportParser;

/** The benchmark's reference topologies, against which the app's throughput is read. */
public final class PassThrough {
    private PassThrough() {}

    /** The substrate's floor: reports copied to an output topic, nothing more. */
    public static Topology buildTopology(String input, String output) {
        StreamsBuilder b = new StreamsBuilder();
        reports(b, input).to(output, Produced.with(Serdes.String(), Serdes.ByteArray()));
        return b.build();
    }

    /**
     * The extraction's floor: each report parsed and read as the app reads it, and only the count of
     * its facts written on. No topology that reads every report can be faster than this one.
     */
    public static Topology extractionOnly(
            String input, String output, ReportParser parser, DocumentExtractor extractor) {
        StreamsBuilder b = new StreamsBuilder();
        reports(b, input)
                .mapValues((key, value) -> factCount(key, value, parser, extractor))
                .to(output, Produced.with(Serdes.String(), Serdes.ByteArray()));
        return b.build();
    }

    static byte[] factCount(String key, byte[] value, ReportParser parser, DocumentExtractor extractor) {
        String count;
        try {
            ReportEnvelope report = parser.parse(key, value);
            List<ExtractedReport> read = extractor.extractDocument(report.id(), report.text(), report.overrides());
            count = String.valueOf(read.stream().mapToInt(r -> r.facts().size()).sum());
        } catch (BadReport | RuntimeException | StackOverflowError e) {
            // What the app dead-letters: a reference that died on it would stall the benchmark.
            count = "bad";
        }
        return count.getBytes(StandardCharsets.UTF_8);
    }

    private static KStream<String, byte[]> reports(StreamsBuilder b, String input) {
        return b.stream(input, Consumed.with(Serdes.String(), Serdes.ByteArray()));
    }
}
