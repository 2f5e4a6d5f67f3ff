package org.indicatortracker.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.indicatortracker.app.TrackerApp;
import org.indicatortracker.config.TrackerConfig;
import org.indicatortracker.kafka.EmbeddedKafkaBroker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The streams application. Without a bootstrap server it starts the embedded broker in this JVM
 * first (localhost:9092, data in ./data/kafka). On Ctrl-C the app closes first, then the broker.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Run the streams application (embedded Kafka if no bootstrap server is given).")
final class RunCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        TrackerConfig config = kafka.load();
        EmbeddedKafkaBroker broker = null;
        if (config.bootstrapServers().isEmpty()) {
            broker = new EmbeddedKafkaBroker(config.embeddedDataDir(), config.embeddedPort(), Map.of()).start();
            config = config.with("bootstrap.servers", broker.bootstrapServers());
            spec.commandLine()
                    .getOut()
                    .println("embedded Kafka broker at " + broker.bootstrapServers()
                            + " (data in " + config.embeddedDataDir() + "); publish with: ./tracker publish -b "
                            + broker.bootstrapServers() + " FILE");
        } else {
            kafka.requireReachable(config);
        }
        TrackerApp app;
        try {
            app = TrackerApp.start(config, true);
        } catch (RuntimeException e) {
            if (broker != null) {
                broker.close();
            }
            throw e;
        }
        spec.commandLine()
                .getOut()
                .println("tracker running; metrics at http://localhost:" + app.httpPort() + "/metrics");
        spec.commandLine().getOut().flush();
        UntilStopped.await("tracker", app, broker);
        return 0;
    }
}
