package org.indicatortracker.it;

import org.indicatortracker.testing.EmbeddedKafka;

/** The pipeline contract on the real in-JVM KRaft broker. */
class EmbeddedBrokerPipelineTest extends PipelineContract {
    @Override
    String bootstrapServers() {
        return EmbeddedKafka.bootstrapServers();
    }
}
