package org.indicatortracker.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.indicatortracker.config.TrackerConfig;
import org.indicatortracker.extract.Extractor;
import org.indicatortracker.extract.Lexicon;
import org.indicatortracker.extract.ReportOverrides;
import org.indicatortracker.kafka.ReportPublisher;
import org.indicatortracker.stream.ReportEnvelope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Publishes report files to the reports topic, a collection split into its reports. */
@Command(name = "publish", mixinStandardHelpOptions = true, description = "Publish report files to the reports topic.")
final class PublishCommand implements Callable<Integer> {
    /** From this many records on, a progress bar shows on stderr. */
    static final int PROGRESS_FROM = 5;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "report files, or folders of them")
    List<Path> files;

    @Mixin
    OverrideOptions overrides;

    @Mixin
    KafkaOptions kafka;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        TrackerConfig config = kafka.connect();
        Extractor extractor = new Extractor(Lexicon.load(config.lexiconFile()));
        ReportOverrides stated = overrides.toOverrides();
        List<ReportEnvelope> envelopes = new ArrayList<>();
        Documents.Loaded loaded = Documents.fromFiles(files);
        loaded.reportSkipped(spec.commandLine().getErr());
        for (Documents d : loaded.documents()) {
            envelopes.addAll(ReportPublisher.envelopes(d.name(), d.text(), stated, extractor));
        }
        for (ReportEnvelope e : envelopes) {
            if (!ReportPublisher.recognised(e, extractor)) {
                spec.commandLine()
                        .getErr()
                        .println(
                                "warning: " + e.id()
                                        + " is not recognised as a government work report; the tracker will take no facts from it");
            }
        }
        publish(config, envelopes);
        spec.commandLine()
                .getOut()
                .println("published " + envelopes.size() + " report(s) to "
                        + config.topics().reports()
                        + (loaded.skipped().isEmpty()
                                ? ""
                                : "; skipped " + loaded.skipped().size() + " file(s), listed above"));
        spec.commandLine().getOut().flush();
        return loaded.skipped().isEmpty() ? 0 : 1;
    }

    static void publish(TrackerConfig config, List<ReportEnvelope> envelopes) throws Exception {
        try (ReportPublisher publisher =
                new ReportPublisher(config.clientProperties(), config.topics().reports())) {
            if (envelopes.size() >= PROGRESS_FROM) {
                try (Progress bar = Progress.of("publish", envelopes.size())) {
                    publisher.sendAll(envelopes, e -> bar.step());
                }
            } else {
                publisher.sendAll(envelopes, e -> {});
            }
        }
    }
}
