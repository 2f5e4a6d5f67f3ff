package org.indicatortracker.cli;

import org.indicatortracker.extract.ReportOverrides;
import picocli.CommandLine.Option;

/** What the user states about the reports given, over what is read from their text. */
final class OverrideOptions {
    @Option(names = "--region", description = "override the region read from the text")
    String region;

    @Option(names = "--year", description = "override the report year read from the text")
    Integer year;

    @Option(names = "--source", description = "report (a government work report, the default) or quote")
    String source;

    ReportOverrides toOverrides() {
        return new ReportOverrides(region, year, source);
    }
}
