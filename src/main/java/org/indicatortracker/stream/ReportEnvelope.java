package org.indicatortracker.stream;

import org.indicatortracker.extract.ReportOverrides;

/**
 * A report as it travels on the {@code reports} topic. Only {@code text} is required.
 *
 * @param id          a stable id; a new text under the same id is a correction
 * @param region      overrides the region read from the text
 * @param year        overrides the report year read from the text
 * @param publishedOn when the report was published (ISO date), for provenance
 * @param source      report (a government work report, the default) or quote (a document quoting one)
 * @param text        the report text, UTF-8
 */
public record ReportEnvelope(String id, String region, Integer year, String publishedOn, String source, String text) {
    /** What the envelope states about the report, which wins over what is read from its text. */
    public ReportOverrides overrides() {
        return new ReportOverrides(region, year, source);
    }
}
