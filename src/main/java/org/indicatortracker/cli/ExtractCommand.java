package org.indicatortracker.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.indicatortracker.extract.ExtractedReport;
import org.indicatortracker.extract.Extractor;
import org.indicatortracker.extract.Fact;
import org.indicatortracker.extract.Lexicon;
import org.indicatortracker.stream.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Offline extraction: the facts the topology would take from each file, one JSON object per line. */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = "Print the facts extracted from report files as JSON lines (no Kafka needed).")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "report files, or folders of them")
    List<Path> files;

    @Mixin
    OverrideOptions overrides;

    @Option(names = "--profile", description = "also print each report's profile (region, years, sections) to stderr")
    boolean profile;

    @Option(names = "--lexicon", description = "a lexicon file that extends the built-in one")
    Path lexicon;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Extractor extractor = new Extractor(Lexicon.load(Optional.ofNullable(lexicon)));
        PrintWriter out = spec.commandLine().getOut();
        Documents.Loaded loaded = Documents.fromFiles(files);
        loaded.reportSkipped(spec.commandLine().getErr());
        for (Documents d : loaded.documents()) {
            for (ExtractedReport r : extractor.extractDocument(d.name(), d.text(), overrides.toOverrides())) {
                if (profile || !r.recognised()) {
                    spec.commandLine()
                            .getErr()
                            .println(r.reportId() + ": "
                                    + (r.recognised()
                                            ? r.profile()
                                            : "not recognised as a government work report; no facts"));
                }
                for (Fact f : r.facts()) {
                    out.println(Json.writeString(f));
                }
            }
        }
        out.flush();
        if (!loaded.skipped().isEmpty()) {
            spec.commandLine().getErr().println("skipped " + loaded.skipped().size() + " file(s), listed above");
            return 1;
        }
        return 0;
    }
}
