package org.indicatortracker.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProcessorStateException;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.Record;
import org.indicatortracker.metrics.TrackerMetrics;
import org.junit.jupiter.api.Test;

class DeadLetterOnErrorTest {
    private final Record<String, String> record = new Record<>("k", "v", 0L);

    private static DeadLetterOnError handler() {
        DeadLetterOnError h = new DeadLetterOnError();
        h.configure(new HashMap<>(DeadLetterOnError.properties("reports-dlq", TrackerMetrics.noop())));
        return h;
    }

    @Test
    void aBugSendsTheSourceBytesToTheDeadLetterTopicAndProcessingGoesOn() {
        ProcessingExceptionHandler.Response r =
                handler().handleError(context(), record, new NullPointerException("bug"));
        assertThat(r.result()).isEqualTo(ProcessingExceptionHandler.Result.RESUME);
        assertThat(r.deadLetterQueueRecords()).singleElement().satisfies(dead -> {
            assertThat(dead.topic()).isEqualTo("reports-dlq");
            assertThat(dead.value()).isEqualTo("raw".getBytes(StandardCharsets.UTF_8));
            assertThat(header(dead.headers(), DeadLetters.ERROR_STAGE)).isEqualTo("goals");
            assertThat(header(dead.headers(), DeadLetters.SOURCE_OFFSET)).isEqualTo("42");
            assertThat(header(dead.headers(), "origin")).isEqualTo("test");
        });
    }

    @Test
    void aStateStoresFailureFailsTheThreadToBeRetried() {
        ProcessingExceptionHandler.Response r =
                handler().handleError(context(), record, new ProcessorStateException("disk"));
        assertThat(r.result()).isEqualTo(ProcessingExceptionHandler.Result.FAIL);
        assertThat(r.deadLetterQueueRecords()).isEmpty();
    }

    @Test
    void aBugThatStreamsWrapsIsStillABug() {
        ProcessingExceptionHandler.Response r = handler()
                .handleError(context(), record, new StreamsException("wrapped", new ClassCastException("bug")));
        assertThat(r.result()).isEqualTo(ProcessingExceptionHandler.Result.RESUME);
        assertThat(r.deadLetterQueueRecords()).hasSize(1);
    }

    @Test
    void withoutATopicItRefusesToStart() {
        assertThatThrownBy(() -> new DeadLetterOnError().configure(Map.of()))
                .hasMessageContaining(DeadLetterOnError.TOPIC);
    }

    private static String header(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static ErrorHandlerContext context() {
        return new ErrorHandlerContext() {
            @Override
            public String topic() {
                return "app-by-region-year-repartition";
            }

            @Override
            public int partition() {
                return 3;
            }

            @Override
            public long offset() {
                return 42;
            }

            @Override
            public Headers headers() {
                return new RecordHeaders().add("origin", "test".getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public String processorNodeId() {
                return "goals";
            }

            @Override
            public TaskId taskId() {
                return new TaskId(1, 3);
            }

            @Override
            public long timestamp() {
                return 0;
            }

            @Override
            public byte[] sourceRawKey() {
                return "k".getBytes(StandardCharsets.UTF_8);
            }

            @Override
            public byte[] sourceRawValue() {
                return "raw".getBytes(StandardCharsets.UTF_8);
            }
        };
    }
}
