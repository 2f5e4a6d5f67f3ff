package org.indicatortracker.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.indicatortracker.report.DocumentKind;
import org.indicatortracker.report.Gazetteer;
import org.indicatortracker.report.NormalizedText;
import org.indicatortracker.report.Region;
import org.indicatortracker.report.ReportProfile;
import org.indicatortracker.report.ReportRecognizer;
import org.indicatortracker.report.ReportSplitter;
import org.indicatortracker.report.TextNormalizer;

/**
 * Normalise, recognise, extract: from the text of a report to its facts. Stateless and thread-safe;
 * it never throws on text, whatever the text.
 */
public final class Extractor implements DocumentExtractor {
    private final TextNormalizer normalizer;
    private final ReportRecognizer recognizer;
    private final ReportSplitter splitter = new ReportSplitter();
    private final TargetGrammar targets;
    private final ActualGrammar actuals;
    private final Lexicon lexicon;

    public Extractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.recognizer = new ReportRecognizer(lexicon.leadIns());
        this.normalizer = new TextNormalizer(lexicon.noise());
        Grammar grammar = new Grammar(lexicon);
        this.targets = new TargetGrammar(grammar, lexicon.leadIns());
        this.actuals = new ActualGrammar(grammar, lexicon);
    }

    /** The reports of a document (a collection yields several), offsets relative to the whole document. */
    @Override
    public List<ExtractedReport> extractDocument(String documentId, String text, ReportOverrides overrides) {
        List<ReportSplitter.Part> parts = splitter.split(text);
        if (parts.size() == 1) {
            return List.of(extract(documentId, text, overrides));
        }
        List<ExtractedReport> reports = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            ReportSplitter.Part part = parts.get(i);
            String id = partId(documentId, i, parts.size());
            ExtractedReport r = extract(id, text.substring(part.start(), part.end()), overrides);
            List<Fact> shifted =
                    r.facts().stream().map(f -> f.shiftedBy(part.start())).toList();
            reports.add(new ExtractedReport(id, r.profile(), shifted));
        }
        return reports;
    }

    /** The id of the {@code index}-th (from 0) of {@code count} reports of a document: the document's own id when alone. */
    public static String partId(String documentId, int index, int count) {
        return count == 1 ? documentId : documentId + "#" + (index + 1);
    }

    /** The parts a document splits into: [start, end) in its text. */
    public List<ReportSplitter.Part> parts(String text) {
        return splitter.split(text);
    }

    public ExtractedReport extract(String reportId, String text, ReportOverrides overrides) {
        NormalizedText norm = normalizer.normalize(text);
        ReportProfile profile =
                recognizer.recognize(norm.text(), new ReportRecognizer.Known(overrides.region(), overrides.year()));
        List<Fact> facts = new ArrayList<>();
        if (profile.kind() == DocumentKind.unrecognised || profile.region() == null || profile.reportYear() == null) {
            return new ExtractedReport(reportId, profile, List.of());
        }
        Source source = Source.parse(overrides.source())
                .orElse(profile.kind() == DocumentKind.quote ? Source.quote : Source.report);
        String t = norm.text();
        Region speaker = Gazetteer.standard().byCode(profile.regionCode()).orElse(null);
        if (profile.hasPlan()) {
            for (Reading r : targets.read(t, profile.planStart(), profile.planEnd(), speaker)) {
                facts.add(fact(reportId, profile, Fact.Role.target, profile.reportYear(), r, false, source, norm)
                        .build());
            }
            PlanPeriod.starting(profile.reportYear()).ifPresent(period -> {
                // The period's goals stand between the review and the year's plan, or open the plan.
                int from = profile.hasReview() ? Math.min(profile.reviewEnd(), profile.planStart()) : 0;
                for (Reading r : targets.readPeriod(t, from, profile.planEnd(), speaker, period.toString())) {
                    facts.add(fact(reportId, profile, Fact.Role.target, profile.reportYear(), r, false, source, norm)
                            .build());
                }
            });
        }
        if (profile.kind() == DocumentKind.report && profile.hasReview() && profile.reviewYear() != null) {
            // Indicators the plan names in its own words: the review's figures for them are read too.
            List<Indicator> open = facts.stream()
                    .filter(f -> f.role() == Fact.Role.target
                            && lexicon.find(f.indicator()).isEmpty())
                    .map(f -> OpenIndicators.named(f.indicator()))
                    .distinct()
                    .toList();
            for (ActualGrammar.Actual a : actuals.read(
                    t,
                    profile.reviewStart(),
                    profile.reviewEnd(),
                    profile.reviewYear(),
                    profile.region(),
                    speaker,
                    open)) {
                facts.add(fact(
                                reportId,
                                profile,
                                Fact.Role.actual,
                                profile.reviewYear(),
                                a.reading(),
                                a.estimate(),
                                source,
                                norm)
                        .milestone(a.milestone())
                        .build());
            }
            PlanPeriod.ending(profile.reviewYear()).ifPresent(period -> {
                for (Reading r : actuals.readPeriod(t, profile.reviewStart(), profile.reviewEnd(), period.toString())) {
                    facts.add(fact(reportId, profile, Fact.Role.actual, profile.reviewYear(), r, false, source, norm)
                            .build());
                }
            });
        }
        return new ExtractedReport(reportId, profile, dedupe(facts));
    }

    /** One target and one actual per indicator and year: the first reading wins. */
    private static List<Fact> dedupe(List<Fact> facts) {
        Set<String> keys = new HashSet<>();
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) {
            if (keys.add(f.factKey())) {
                out.add(f);
            }
        }
        return out;
    }

    private static Fact.Builder fact(
            String reportId,
            ReportProfile profile,
            Fact.Role role,
            int year,
            Reading r,
            boolean estimate,
            Source source,
            NormalizedText norm) {
        int start = norm.originalStart(r.start());
        int end = norm.originalEnd(r.end());
        return Fact.builder()
                .reportId(reportId)
                .region(profile.region(), profile.regionCode())
                .role(role)
                .year(year)
                .period(r.period())
                .indicator(r.indicator().id(), r.indicator().name())
                .kind(r.kind())
                .comparator(r.comparator())
                .value(r.value(), r.unit())
                .valueHigh(r.valueHigh())
                .direction(r.direction())
                .estimate(estimate)
                .level(r.levelValue(), r.levelUnit())
                .relativeTo(r.relativeTo())
                .source(source)
                .text(norm.original().substring(start, Math.max(start, end)))
                .span(start, end);
    }
}
