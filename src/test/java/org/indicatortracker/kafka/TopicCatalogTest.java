package org.indicatortracker.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.indicatortracker.config.TopicNames;
import org.junit.jupiter.api.Test;

class TopicCatalogTest {

    @Test
    void topicsFolderDefinesEveryTopicTheAppUses() {
        TopicCatalog catalog = TopicCatalog.fromDirectory(Path.of("topics"));
        assertThat(catalog.all())
                .extracting(TopicSpec::name)
                .containsExactly("reports", "report-facts", "goal-status", "reports-dlq");
        TopicNames names = TopicNames.withPrefix("");
        for (TopicSpec spec : catalog.all()) {
            assertThat(names.physical(spec.name())).isEqualTo(spec.name());
            assertThat(spec.config()).containsKey("min.insync.replicas");
        }
    }

    @Test
    void outputTopicsAreCompactedAndInputIsKept() {
        TopicCatalog catalog = TopicCatalog.fromDirectory(Path.of("topics"));
        assertThat(catalog.get("goal-status").config()).containsEntry("cleanup.policy", "compact");
        assertThat(catalog.get("report-facts").config()).containsEntry("cleanup.policy", "compact");
        assertThat(catalog.get("reports").config()).containsEntry("retention.ms", "-1");
    }

    @Test
    void theJarCarriesTheSameDefinitions() {
        assertThat(TopicCatalog.fromClasspath().all())
                .isEqualTo(TopicCatalog.fromDirectory(Path.of("topics")).all());
    }

    @Test
    void replicasAreCappedToTheClusterSize() {
        TopicSpec spec = TopicCatalog.fromDirectory(Path.of("topics")).get("reports");
        assertThat(TopicAdmin.effectiveConfig(spec, 1)).containsEntry("min.insync.replicas", "1");
        assertThat(TopicAdmin.effectiveConfig(spec, 5)).containsEntry("min.insync.replicas", "2");
    }
}
