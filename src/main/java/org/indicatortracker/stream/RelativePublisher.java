package org.indicatortracker.stream;

import java.time.Duration;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.indicatortracker.metrics.GoalGauges;
import org.indicatortracker.metrics.TrackerMetrics;
import org.indicatortracker.verdict.GoalKey;
import org.indicatortracker.verdict.GoalStatus;

/**
 * The statuses of goals set against another region, as the join decides them: kept by goal key (for
 * queries and the metrics), and sent to goal-status only when they changed. The join re-emits a goal
 * whenever anything of the other region changes; most of those change nothing.
 */
final class RelativePublisher implements Processor<String, GoalStatus, String, GoalStatus> {
    private final TrackerMetrics metrics;
    private ProcessorContext<String, GoalStatus> context;
    private KeyValueStore<String, GoalStatus> store;
    private GoalGauges.TaskCounts counts;

    RelativePublisher(TrackerMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, GoalStatus> context) {
        this.context = context;
        this.store = context.getStateStore(TrackerTopology.RELATIVE_STATUS_STORE);
        this.counts = metrics.goals().task(countsKey());
        try (KeyValueIterator<String, GoalStatus> all = store.all()) {
            all.forEachRemaining(kv -> counts.add(kv.value.status(), GoalKey.parse(kv.key), 1));
        }
    }

    @Override
    public void close() {
        metrics.goals().remove(countsKey());
    }

    /** Its own counts: in one task (as under the test driver) the goals processor keeps others. */
    private String countsKey() {
        return context.taskId() + "/relative";
    }

    @Override
    public void process(Record<String, GoalStatus> record) {
        GoalStatus previous = store.get(record.key());
        GoalStatus current = record.value();
        if (previous == null && current == null
                || previous != null
                        && current != null
                        && GoalProcessor.fingerprint(previous).equals(GoalProcessor.fingerprint(current))) {
            return;
        }
        GoalKey key = GoalKey.parse(record.key());
        if (previous != null) {
            counts.add(previous.status(), key, -1);
        }
        if (current == null) {
            store.delete(record.key());
        } else {
            store.put(record.key(), current);
            counts.add(current.status(), key, 1);
            metrics.status(current.status().name(), current.indicator());
        }
        metrics.endToEnd(Duration.ofMillis(System.currentTimeMillis() - record.timestamp()));
        context.forward(new Record<>(record.key(), current, record.timestamp(), new RecordHeaders()));
    }
}
