package org.indicatortracker.cli;

import java.util.concurrent.Callable;
import org.indicatortracker.config.TrackerConfig;
import org.indicatortracker.kafka.TopicAdmin;
import org.indicatortracker.kafka.TopicCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** topics apply: make the cluster's topics what topics/ says. */
@Command(name = "topics", mixinStandardHelpOptions = true, description = "Manage the tracker's topics.")
final class TopicsCommand implements Callable<Integer> {
    @Parameters(
            index = "0",
            paramLabel = "apply",
            description = "apply: create missing topics and update configs from topics/")
    String action;

    @Mixin
    KafkaOptions kafka;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!"apply".equals(action)) {
            spec.commandLine().getErr().println("unknown action '" + action + "'; the only action is: apply");
            return 2;
        }
        TrackerConfig config = kafka.connect();
        TopicAdmin.Outcome outcome =
                new TopicAdmin(config.clientProperties()).apply(TopicCatalog.load(), config.topics());
        outcome.actions().forEach(a -> spec.commandLine().getOut().println(a));
        outcome.errors().forEach(e -> spec.commandLine().getErr().println("error: " + e));
        spec.commandLine().getOut().flush();
        return outcome.ok() ? 0 : 1;
    }
}
