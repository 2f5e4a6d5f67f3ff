package org.indicatortracker.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.indicatortracker.evaluate.CorpusEvaluation;
import org.indicatortracker.evaluate.GoldEvaluation;
import org.indicatortracker.extract.Extractor;
import org.indicatortracker.extract.Lexicon;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Precision and recall of the extractor against a gold annotation, or recognition against a corpus manifest. */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = {
            "Score the extractor against a gold file: precision and recall per report and in total, "
                    + "then every miss and wrong fact.",
            "With --corpus, read DIR/MANIFEST.tsv and measure recognition: reports read as their manifest "
                    + "region and years, and facts under another region, per level, with every failing report."
        })
final class EvaluateCommand implements Callable<Integer> {
    @ArgGroup(multiplicity = "1")
    What what;

    static final class What {
        @Option(names = "--gold", description = "gold file in the format of seed-gold.json or corpus-gold-*.json")
        Path gold;

        @Option(names = "--corpus", description = "a corpus folder with MANIFEST.tsv")
        Path corpus;
    }

    @Option(
            names = "--reports",
            description = "with --gold: the folder the gold file's paths are relative to "
                    + "(default: ../seeds beside the gold folder)")
    Path reports;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Extractor extractor = new Extractor(Lexicon.loadDefault());
        String out;
        if (what.corpus != null) {
            CorpusEvaluation.Result result;
            try (Progress progress = Progress.of(
                    "evaluate",
                    CorpusEvaluation.readManifest(what.corpus.resolve("MANIFEST.tsv"))
                            .size())) {
                result = new CorpusEvaluation(extractor).evaluate(what.corpus, progress::stepTo);
            }
            out = CorpusEvaluation.format(result);
        } else {
            Path dir = reports != null
                    ? reports
                    : what.gold.toAbsolutePath().getParent().resolveSibling("seeds");
            out = GoldEvaluation.format(new GoldEvaluation(extractor).evaluate(what.gold, dir));
        }
        spec.commandLine().getOut().print(out);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
