package org.indicatortracker.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.indicatortracker.app.GoalExport;
import org.indicatortracker.config.TrackerConfig;
import org.indicatortracker.kafka.GoalStatusReader;
import org.indicatortracker.report.Gazetteer;
import org.indicatortracker.verdict.GoalStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The final status of every goal, from the compacted goal-status topic, as a flat file. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description =
                "Write the final goal statuses, read from the goal-status topic (no running app needed), as CSV or JSON lines.")
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", description = "csv (default) or jsonl")
    GoalExport.Format format = GoalExport.Format.csv;

    @Option(names = "--region", description = "only this region (any name the gazetteer resolves)")
    String region;

    @Option(names = "--year", description = "only this year")
    Integer year;

    @Option(
            names = "--level",
            description =
                    "only this level: provincial, municipality, prefecture, county_level_city, county, district, national")
    String level;

    @Option(names = "--status", description = "only this status: PENDING, MET, MISSED, UNREPORTED, NOT_EVALUABLE")
    String status;

    @Option(
            names = {"-o", "--output"},
            description = "the file to write (default: standard output)")
    Path output;

    @Mixin
    KafkaOptions kafka;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        TrackerConfig config = kafka.connect();
        Gazetteer gazetteer = Gazetteer.standard();
        String regionCode = region == null
                ? null
                : gazetteer
                        .byName(region)
                        .orElseThrow(() -> new IllegalArgumentException("no such region: " + region))
                        .code();
        List<GoalStatus> goals;
        try (GoalStatusReader reader =
                new GoalStatusReader(config.clientProperties(), config.topics().goalStatus())) {
            goals = reader.readToEnd().values().stream()
                    .filter(g -> regionCode == null || regionCode.equals(g.regionCode()))
                    .filter(g -> year == null || year == g.year())
                    .filter(g -> status == null || g.status().name().equalsIgnoreCase(status))
                    .filter(g -> level == null
                            || gazetteer
                                    .byCode(g.regionCode())
                                    .map(r -> r.level().name().equalsIgnoreCase(level))
                                    .orElse(false))
                    .sorted(Comparator.comparing(GoalStatus::key))
                    .toList();
        }
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            GoalExport.write(goals, format, out);
        } else {
            try (Writer out = new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8)) {
                GoalExport.write(goals, format, out);
            }
            spec.commandLine().getErr().println("wrote " + goals.size() + " goal(s) to " + output);
        }
        return 0;
    }
}
