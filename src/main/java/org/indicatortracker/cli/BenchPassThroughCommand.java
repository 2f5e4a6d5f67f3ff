package org.indicatortracker.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.streams.KafkaStreams;
import org.indicatortracker.app.TrackerApp;
import org.indicatortracker.bench.PassThrough;
import org.indicatortracker.config.TrackerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The benchmark's pass-through topology, with the app's Streams configuration (used by `bench`). */
@Command(
        name = "bench-passthrough",
        hidden = true,
        description = "Copy reports to an output topic (benchmark baseline).")
final class BenchPassThroughCommand implements Callable<Integer> {
    @Option(
            names = {"-b", "--bootstrap-servers"},
            required = true)
    String bootstrap;

    @Option(names = "--input", required = true)
    String input;

    @Option(names = "--output", required = true)
    String output;

    @Option(names = "--state-dir", required = true)
    Path stateDir;

    @Option(names = {"-c", "--config"})
    Map<String, String> config = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        Map<String, String> overrides = new LinkedHashMap<>(config);
        overrides.put("application.id", "bench-passthrough");
        overrides.put("state.dir", stateDir.toString());
        Properties props = TrackerApp.streamsProperties(
                TrackerConfig.build(Optional.empty(), Map.of(), overrides), bootstrap, "bench-passthrough");
        KafkaStreams streams = new KafkaStreams(PassThrough.buildTopology(input, output), props);
        streams.start();
        while (streams.state() != KafkaStreams.State.RUNNING) {
            Thread.sleep(50);
        }
        System.out.println("pass-through running");
        System.out.flush();
        UntilStopped.await("pass-through", streams::close);
        return 0;
    }
}
