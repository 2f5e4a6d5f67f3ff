package org.indicatortracker.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tracker} command line. */
@Command(
        name = "tracker",
        mixinStandardHelpOptions = true,
        version = "indicator-tracker 0.1.0",
        description = "Tracks the goals of Chinese government work reports, and whether they were met.",
        subcommands = {
            RunCommand.class,
            PublishCommand.class,
            WatchCommand.class,
            ExtractCommand.class,
            DemoCommand.class,
            TopicsCommand.class,
            EvaluateCommand.class,
            ExportCommand.class,
            ScorecardCommand.class,
            BenchCommand.class,
            BenchPassThroughCommand.class,
            CommandLine.HelpCommand.class
        })
public final class TrackerCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new TrackerCli());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr()
                    .println(e instanceof KafkaOptions.NoClusterGiven ? e.getMessage() : "error: " + e.getMessage());
            return e instanceof KafkaOptions.NoClusterGiven ? 2 : 1;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
