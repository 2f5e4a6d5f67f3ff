package org.indicatortracker.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.indicatortracker.app.Scorecard;
import org.indicatortracker.app.TrackerApp;
import org.indicatortracker.config.TrackerConfig;
import org.indicatortracker.extract.Extractor;
import org.indicatortracker.extract.Lexicon;
import org.indicatortracker.extract.ReportOverrides;
import org.indicatortracker.kafka.EmbeddedKafkaBroker;
import org.indicatortracker.kafka.GoalStatusReader;
import org.indicatortracker.kafka.ReportPublisher;
import org.indicatortracker.report.Gazetteer;
import org.indicatortracker.stream.Json;
import org.indicatortracker.stream.ReportEnvelope;
import org.indicatortracker.verdict.GoalStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The whole pipeline in one command: an embedded broker in a fresh folder, the topics, the app, the
 * reports published, and the final status of every goal once the statuses have settled.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Run broker, app and reports end to end, then print the final goal statuses.")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--reports", paramLabel = "DIR", description = "publish the reports of DIR instead of the samples")
    Path reports;

    @Option(names = "--shuffle", paramLabel = "SEED", description = "publish in an order shuffled with this seed")
    Long shuffle;

    @Option(names = "--json", description = "print the final statuses as JSON lines, and nothing else on stdout")
    boolean json;

    @Option(
            names = "--goals",
            description = "list every goal even for many reports (from more than " + SCORECARD_FROM
                    + " reports the demo prints a scorecard instead)")
    boolean goals;

    /** From this many reports on, a table of every goal answers no question; the scorecard does. */
    static final int SCORECARD_FROM = 20;

    @Option(names = "--keep-running", description = "stay up, serving metrics, until Ctrl-C")
    boolean keepRunning;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "300",
            description = "give up waiting for statuses after this long (default ${DEFAULT-VALUE})")
    int timeout;

    @Option(
            names = {"-c", "--config"},
            description = "a tracker or Kafka property, key=value (repeatable)")
    Map<String, String> config = new LinkedHashMap<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Documents> documents;
        if (reports != null) {
            Documents.Loaded loaded = Documents.fromFiles(List.of(reports));
            loaded.reportSkipped(spec.commandLine().getErr());
            documents = loaded.documents();
        } else {
            documents = Documents.samples();
        }
        Files.createDirectories(Path.of("data"));
        Path work = Files.createTempDirectory(Path.of("data"), "demo-");
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(work.resolve("kafka"), 0, Map.of()).start();
        TrackerApp app = null;
        try {
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("bootstrap.servers", broker.bootstrapServers());
            settings.put("application.id", "tracker-demo");
            settings.put("state.dir", work.resolve("streams").toString());
            settings.putAll(config);
            TrackerConfig cfg = TrackerConfig.fromEnvironment(Optional.empty(), settings);
            app = TrackerApp.start(cfg, keepRunning);
            Extractor extractor = new Extractor(Lexicon.load(cfg.lexiconFile()));

            List<ReportEnvelope> envelopes = new ArrayList<>();
            for (Documents d : documents) {
                envelopes.addAll(ReportPublisher.envelopes(d.name(), d.text(), ReportOverrides.NONE, extractor));
            }
            if (shuffle != null) {
                Collections.shuffle(envelopes, new Random(shuffle));
            }
            Set<String> expected = ReportPublisher.targetGoals(envelopes, extractor);
            err.println("demo: broker " + broker.bootstrapServers() + ", publishing " + envelopes.size()
                    + " report(s), expecting " + expected.size() + " goal(s)");
            err.flush();
            PublishCommand.publish(cfg, envelopes);
            Map<String, GoalStatus> statuses;
            try (GoalStatusReader reader = new GoalStatusReader(
                            cfg.clientProperties(), cfg.topics().goalStatus());
                    Progress progress = Progress.of("goals", expected.size())) {
                statuses = reader.readUntil(
                        latest -> {
                            progress.stepTo(latest.keySet().stream()
                                    .filter(expected::contains)
                                    .count());
                            return latest.keySet().containsAll(expected);
                        },
                        Duration.ofSeconds(3),
                        Duration.ofSeconds(timeout));
            }
            List<GoalStatus> sorted = statuses.values().stream()
                    .sorted(Comparator.comparing(GoalStatus::region)
                            .thenComparing(GoalStatus::year)
                            .thenComparing(GoalStatus::indicator))
                    .toList();
            if (json) {
                sorted.forEach(s -> out.println(Json.writeString(s)));
            } else if (goals || envelopes.size() <= SCORECARD_FROM) {
                out.print(GoalTable.render(sorted));
                out.println(summary(sorted));
            } else {
                // Thousands of rows answer no question: how did the regions do, by year, level and indicator?
                out.print(Scorecard.of(sorted, Gazetteer.standard()).render());
                out.println(summary(sorted) + " (--goals lists them)");
            }
            out.flush();
            if (keepRunning) {
                err.println(
                        "demo: running; metrics at http://localhost:" + app.httpPort() + "/metrics; Ctrl-C to stop");
                err.flush();
                awaitCtrlC(app, broker, work);
                return 0;
            }
        } finally {
            if (!keepRunning) {
                if (app != null) {
                    app.close();
                }
                broker.close();
                deleteQuietly(work);
            }
        }
        return 0;
    }

    private static String summary(List<GoalStatus> statuses) {
        Map<String, Integer> counts = new TreeMap<>();
        statuses.forEach(s -> counts.merge(s.status().name(), 1, Integer::sum));
        return statuses.size() + " goals: " + counts;
    }

    private static void awaitCtrlC(TrackerApp app, EmbeddedKafkaBroker broker, Path work) throws InterruptedException {
        UntilStopped.await("demo", app, broker, () -> deleteQuietly(work));
    }

    static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
