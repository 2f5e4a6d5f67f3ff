package org.indicatortracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.indicatortracker.app.TrackerApp;
import org.indicatortracker.config.TrackerConfig;
import org.indicatortracker.kafka.GoalStatusReader;
import org.indicatortracker.kafka.ReportPublisher;
import org.indicatortracker.stream.ReportEnvelope;
import org.indicatortracker.testing.EmbeddedKafka;
import org.indicatortracker.verdict.GoalStatus;

/** One run of a fresh app on the embedded broker: reports published in a given order, statuses read until settled. */
final class PipelineRuns {
    private PipelineRuns() {}

    /** Publishes one report at a time (a correction then really follows its original) and reads until {@code settled}. */
    static Map<String, GoalStatus> inOrder(
            PipelineContract contract, List<ReportEnvelope> order, Predicate<Map<String, GoalStatus>> settled)
            throws Exception {
        return inOrder(contract, order, settled, app -> {});
    }

    /** The same, with {@code whileRunning} given the settled app (serving HTTP) before it stops. */
    static Map<String, GoalStatus> inOrder(
            PipelineContract contract,
            List<ReportEnvelope> order,
            Predicate<Map<String, GoalStatus>> settled,
            AppCheck whileRunning)
            throws Exception {
        EmbeddedKafka.bootstrapServers();
        TrackerConfig config = contract.freshConfig();
        try (TrackerApp app = TrackerApp.start(config, true)) {
            assertThat(app.awaitRunning(Duration.ofSeconds(60))).isTrue();
            try (ReportPublisher publisher = new ReportPublisher(
                    config.clientProperties(), config.topics().reports())) {
                for (ReportEnvelope e : order) {
                    publisher.send(e).get();
                }
            }
            try (GoalStatusReader reader = new GoalStatusReader(
                    config.clientProperties(), config.topics().goalStatus())) {
                Map<String, GoalStatus> result =
                        reader.readUntil(settled, Duration.ofSeconds(3), Duration.ofSeconds(120));
                whileRunning.check(app);
                return result;
            }
        }
    }

    /** What a test checks on the running app. */
    interface AppCheck {
        void check(TrackerApp app) throws Exception;
    }
}
