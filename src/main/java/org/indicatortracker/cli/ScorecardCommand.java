package org.indicatortracker.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.indicatortracker.app.Scorecard;
import org.indicatortracker.config.TrackerConfig;
import org.indicatortracker.kafka.GoalStatusReader;
import org.indicatortracker.report.Gazetteer;
import org.indicatortracker.stream.Json;
import org.indicatortracker.verdict.GoalStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Hit rates and status counts by year, level and indicator, from the goal-status topic. */
@Command(
        name = "scorecard",
        mixinStandardHelpOptions = true,
        description =
                "Print hit rates (MET / (MET + MISSED)) and the count of each status, by year, by level and by indicator.")
final class ScorecardCommand implements Callable<Integer> {
    @Option(names = "--level", description = "only this level")
    String level;

    @Option(names = "--year", description = "only this year")
    Integer year;

    @Option(names = "--indicator", description = "only this indicator (id or Chinese name)")
    String indicator;

    @Option(names = "--json", description = "print JSON instead of a table")
    boolean json;

    @Mixin
    KafkaOptions kafka;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TrackerConfig config = kafka.connect();
        List<GoalStatus> goals;
        try (GoalStatusReader reader =
                new GoalStatusReader(config.clientProperties(), config.topics().goalStatus())) {
            goals = List.copyOf(reader.readToEnd().values());
        }
        Scorecard card = Scorecard.of(
                Scorecard.filter(goals, level, year, indicator, Gazetteer.standard()), Gazetteer.standard());
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? Json.writeString(card) + "\n" : card.render());
        out.flush();
        return 0;
    }
}
