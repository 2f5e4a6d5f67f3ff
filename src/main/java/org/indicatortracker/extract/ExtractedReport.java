package org.indicatortracker.extract;

import java.util.List;
import org.indicatortracker.report.DocumentKind;
import org.indicatortracker.report.ReportProfile;

/** A report as the extractor read it: its profile and its facts. */
public record ExtractedReport(String reportId, ReportProfile profile, List<Fact> facts) {
    public boolean recognised() {
        return profile.kind() != DocumentKind.unrecognised;
    }
}
