package org.indicatortracker.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.indicatortracker.verdict.GoalKey;
import org.indicatortracker.verdict.Status;
import org.junit.jupiter.api.Test;

class TrackerMetricsTest {
    @Test
    void indicatorsTheLexiconDoesNotKnowShareOneTag() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        TrackerMetrics metrics = new TrackerMetrics(registry, false).preRegister(List.of("gdp", "cpi"));
        metrics.fact("target", "人口自然增长率");
        metrics.fact("target", "森林覆盖率");
        metrics.status("MET", "工业技改投资");
        metrics.goals().task("0_0").add(Status.MET, GoalKey.parse("洛阳市|2023|森林覆盖率"), 1);
        List<String> tags = registry.getMeters().stream()
                .map(Meter::getId)
                .map(id -> id.getTag("indicator"))
                .filter(t -> t != null)
                .distinct()
                .toList();
        assertThat(tags).containsExactlyInAnyOrder("gdp", "cpi", TrackerMetrics.OTHER_INDICATOR);
        assertThat(registry.get("tracker.facts.extracted")
                        .tag("indicator", TrackerMetrics.OTHER_INDICATOR)
                        .tag("role", "target")
                        .counter()
                        .count())
                .isEqualTo(2.0);
    }
}
