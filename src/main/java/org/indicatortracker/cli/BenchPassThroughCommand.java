package org.indicatortracker.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.indicatortracker.app.TrackerApp;
import org.indicatortracker.bench.PassThrough;
import org.indicatortracker.config.TrackerConfig;
import org.indicatortracker.extract.Extractor;
import org.indicatortracker.extract.Lexicon;
import org.indicatortracker.stream.ReportParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The benchmark's reference topologies, with the app's Streams configuration (used by `bench`). */
@Command(
        name = "bench-passthrough",
        hidden = true,
        description = "Copy reports to an output topic, or only read them (benchmark baselines).")
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

    @Option(
            names = "--extraction-only",
            description = "parse and read each report as the app does, and write only the count of its facts")
    boolean extractionOnly;

    @Option(names = {"-c", "--config"})
    Map<String, String> config = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        Map<String, String> overrides = new LinkedHashMap<>(config);
        overrides.put("application.id", "bench-passthrough");
        overrides.put("state.dir", stateDir.toString());
        TrackerConfig tracker = TrackerConfig.build(Optional.empty(), Map.of(), overrides);
        Properties props = TrackerApp.streamsProperties(tracker, bootstrap, "bench-passthrough");
        Topology topology = extractionOnly
                ? PassThrough.extractionOnly(
                        input,
                        output,
                        new ReportParser(tracker.maxReportBytes()),
                        new Extractor(Lexicon.load(tracker.lexiconFile())))
                : PassThrough.buildTopology(input, output);
        KafkaStreams streams = new KafkaStreams(topology, props);
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
