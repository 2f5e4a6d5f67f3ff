package org.indicatortracker.bench;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/** The substrate's floor: a topology that copies reports to an output topic, nothing more. */
public final class PassThrough {
    private PassThrough() {}

    public static Topology buildTopology(String input, String output) {
        StreamsBuilder b = new StreamsBuilder();
        b.stream(input, Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .to(output, Produced.with(Serdes.String(), Serdes.ByteArray()));
        return b.build();
    }
}
