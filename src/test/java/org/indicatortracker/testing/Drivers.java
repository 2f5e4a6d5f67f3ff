package org.indicatortracker.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.streams.TopologyTestDriver;
import org.indicatortracker.config.TrackerConfig;
import org.indicatortracker.extract.DocumentExtractor;
import org.indicatortracker.metrics.TrackerMetrics;
import org.indicatortracker.stream.DeadLetterOnError;
import org.indicatortracker.stream.TrackerTopology;

/** The tracker's topology on TopologyTestDriver, with in-memory stores. */
public final class Drivers {
    private Drivers() {}

    public static TopologyTestDriver topology(
            Map<String, String> settings, DocumentExtractor extractor, TrackerMetrics metrics) {
        Map<String, String> all = new HashMap<>(settings);
        all.put("tracker.stores", "in-memory");
        TrackerConfig config = TrackerConfig.build(Optional.empty(), Map.of(), all);
        Properties props = new Properties();
        props.put("application.id", "topology-test");
        props.put("bootstrap.servers", "unused:9092");
        props.putAll(DeadLetterOnError.properties(config.topics().deadLetters(), metrics));
        return new TopologyTestDriver(
                TrackerTopology.buildTopology(config, Reports.LEXICON, extractor, metrics), props);
    }
}
