package org.indicatortracker.extract;

import java.util.List;

/** From a document (one report or a collection) to its reports and their facts. */
@FunctionalInterface
public interface DocumentExtractor {
    List<ExtractedReport> extractDocument(String documentId, String text, ReportOverrides overrides);
}
