package org.indicatortracker.stream;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProcessorStateException;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.indicatortracker.metrics.TrackerMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens to a record whose processing throws where no step catches it: a bug, not bad input
 * (bad input is dead-lettered where it is read, with its reason). The bytes the record was read from
 * go to the dead-letter topic with the error and the step it failed in, and processing goes on.
 * Without this, Streams fails the thread, the app replaces it, and the new thread fails on the same
 * record, for ever: one bad update would stop every goal of its partition. A state store's failure
 * ({@link ProcessorStateException}) still fails the thread, to be retried by its replacement.
 */
public final class DeadLetterOnError implements ProcessingExceptionHandler {
    /** The dead-letter topic, among the Streams properties. */
    public static final String TOPIC = "tracker.internal.dead.letter.topic";
    /** The {@link TrackerMetrics} to count dead letters in, among the Streams properties (an object). */
    public static final String METRICS = "tracker.internal.metrics";

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterOnError.class);

    private String topic;
    private TrackerMetrics metrics = TrackerMetrics.noop();

    /** The Streams properties that install it, for the app and for the tests' driver alike. */
    public static Map<String, Object> properties(String deadLetterTopic, TrackerMetrics metrics) {
        return Map.of(
                StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                DeadLetterOnError.class,
                TOPIC,
                deadLetterTopic,
                METRICS,
                metrics);
    }

    @Override
    public void configure(Map<String, ?> configs) {
        topic = (String) configs.get(TOPIC);
        if (topic == null) {
            throw new IllegalArgumentException(TOPIC + " is not set: see DeadLetterOnError.properties");
        }
        if (configs.get(METRICS) instanceof TrackerMetrics m) {
            metrics = m;
        }
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception error) {
        if (error instanceof ProcessorStateException) {
            // A state store's failure, not the record's: the thread fails, and the one that replaces it
            // processes the record again. (Other StreamsExceptions, such as a ClassCastException that
            // Streams wraps, are a bug's and would fail again.)
            return Response.fail();
        }
        String stage = context.processorNodeId();
        // The message may quote the input: it goes into the dead letter's headers, never into the log.
        LOG.error(
                "processing failed in step {} at {}-{}@{} ({}); the record goes to {} and processing goes on",
                stage,
                context.topic(),
                context.partition(),
                context.offset(),
                error.getClass().getName(),
                topic);
        Headers headers = new RecordHeaders(context.headers().toArray());
        DeadLetters.annotate(headers, error, stage, "processing failed: " + error, source(context), true);
        metrics.deadLetter(stage);
        return Response.resume(List.of(new ProducerRecord<>(
                topic, null, context.timestamp(), context.sourceRawKey(), context.sourceRawValue(), headers)));
    }

    private static RecordMetadata source(ErrorHandlerContext context) {
        return new RecordMetadata() {
            @Override
            public String topic() {
                return context.topic();
            }

            @Override
            public int partition() {
                return context.partition();
            }

            @Override
            public long offset() {
                return context.offset();
            }
        };
    }
}
