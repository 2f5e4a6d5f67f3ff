package org.indicatortracker.app;

import org.indicatortracker.config.TrackerConfig;
import org.indicatortracker.kafka.TopicAdmin;
import org.indicatortracker.kafka.TopicCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Start-up, step one: the topics of `topics/` exist with their settings, or the app does not start. */
final class TopicSetup {
    private static final Logger LOG = LoggerFactory.getLogger(TopicSetup.class);

    private TopicSetup() {}

    static void apply(TrackerConfig config) {
        TopicAdmin.Outcome topics =
                new TopicAdmin(config.clientProperties()).apply(TopicCatalog.load(), config.topics());
        if (!topics.ok()) {
            throw new IllegalStateException("topic setup failed: " + topics.errors());
        }
        topics.actions().forEach(a -> LOG.info("topics: {}", a));
    }
}
