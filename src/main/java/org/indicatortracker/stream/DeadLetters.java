package org.indicatortracker.stream;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/** The headers that say why a record is on the dead-letter topic. */
public final class DeadLetters {
    public static final String ERROR_CLASS = "tracker.error.class";
    public static final String ERROR_REASON = "tracker.error.reason";
    public static final String ERROR_STAGE = "tracker.error.stage";
    public static final String ERROR_STACKTRACE = "tracker.error.stacktrace";
    public static final String SOURCE_TOPIC = "tracker.source.topic";
    public static final String SOURCE_PARTITION = "tracker.source.partition";
    public static final String SOURCE_OFFSET = "tracker.source.offset";
    private static final int MAX_STACKTRACE = 16_384;

    private DeadLetters() {}

    static void annotate(
            Headers headers, Throwable error, String stage, String reason, RecordMetadata source, boolean withTrace) {
        put(headers, ERROR_CLASS, error.getClass().getName());
        put(headers, ERROR_REASON, reason);
        put(headers, ERROR_STAGE, stage);
        if (source != null) {
            put(headers, SOURCE_TOPIC, source.topic());
            put(headers, SOURCE_PARTITION, String.valueOf(source.partition()));
            put(headers, SOURCE_OFFSET, String.valueOf(source.offset()));
        }
        if (withTrace) {
            StringWriter trace = new StringWriter();
            error.printStackTrace(new PrintWriter(trace));
            String t = trace.toString();
            put(headers, ERROR_STACKTRACE, t.length() > MAX_STACKTRACE ? t.substring(0, MAX_STACKTRACE) : t);
        }
    }

    private static void put(Headers headers, String key, String value) {
        headers.remove(key);
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }
}
