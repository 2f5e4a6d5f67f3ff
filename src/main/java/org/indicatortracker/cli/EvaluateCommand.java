package org.indicatortracker.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.indicatortracker.evaluate.GoldEvaluation;
import org.indicatortracker.extract.Extractor;
import org.indicatortracker.extract.Lexicon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Precision and recall of the extractor against a gold annotation. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score the extractor against a gold file: precision and recall per report and in total, then every miss and wrong fact.")
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, description = "gold file in the format of seed-gold.json")
    Path gold;

    @Option(names = "--reports", description = "folder of the reports the gold file names (default: ../seeds beside the gold folder)")
    Path reports;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path dir = reports != null ? reports : gold.toAbsolutePath().getParent().resolveSibling("seeds");
        GoldEvaluation.Result result = new GoldEvaluation(new Extractor(Lexicon.loadDefault())).evaluate(gold, dir);
        spec.commandLine().getOut().print(GoldEvaluation.format(result));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
