package org.indicatortracker.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.indicatortracker.extract.DocumentExtractor;
import org.indicatortracker.extract.ExtractedReport;
import org.indicatortracker.extract.Fact;
import org.indicatortracker.metrics.TrackerMetrics;
import org.indicatortracker.report.DocumentKind;
import org.indicatortracker.report.Gazetteer;
import org.indicatortracker.verdict.RegionYearUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports in, facts and changes out. Parses the record, extracts its facts, and diffs them against
 * what the same report id gave before: the same text again changes nothing, a new text retracts the
 * facts it no longer states, and a tombstone retracts them all. Bad input goes to the dead-letter
 * route with its reason; nothing is dropped in silence.
 */
final class ExtractProcessor implements Processor<String, byte[], String, Routed> {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractProcessor.class);
    private static final String NATION =
            Gazetteer.standard().displayName(Gazetteer.standard().nation());

    private final DocumentExtractor extractor;
    private final ReportParser parser;
    private final TrackerMetrics metrics;
    private ProcessorContext<String, Routed> context;
    private KeyValueStore<String, ReportIndex> index;

    ExtractProcessor(DocumentExtractor extractor, ReportParser parser, TrackerMetrics metrics) {
        this.extractor = extractor;
        this.parser = parser;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, Routed> context) {
        this.context = context;
        this.index = context.getStateStore(TrackerTopology.REPORT_INDEX_STORE);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        if (record.value() == null) {
            retractAll(record);
            return;
        }
        ReportEnvelope report;
        try {
            report = parser.parse(record.key(), record.value());
        } catch (BadReport e) {
            deadLetter(record, e, e.stage(), e.getMessage(), false);
            return;
        }
        // A record seen before, text and all, is known before it is read: a replay costs no extraction.
        String hash = ReportParser.hash(
                report.text(), "\u0000" + report.region() + "\u0000" + report.year() + "\u0000" + report.source());
        ReportIndex before = orEmpty(index.get(report.id()));
        if (hash.equals(before.textHash())) {
            metrics.report("duplicate");
            return;
        }
        List<ExtractedReport> extracted;
        try {
            long start = System.nanoTime();
            extracted = extractor.extractDocument(report.id(), report.text(), report.overrides());
            metrics.extraction().record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        } catch (RuntimeException | StackOverflowError e) {
            deadLetter(record, e, "extract", "extraction failed: " + e, true);
            return;
        }
        boolean recognised = extracted.stream().anyMatch(ExtractedReport::recognised);
        if (!recognised) {
            LOG.warn("report {} is not recognised as a government work report; no facts taken", report.id());
        }
        metrics.report(recognised ? "processed" : "unrecognised");
        ReportIndex after = apply(record, report.id(), extracted, before, hash);
        index.put(report.id(), after);
    }

    private ReportIndex apply(
            Record<String, byte[]> record,
            String reportId,
            List<ExtractedReport> extracted,
            ReportIndex before,
            String hash) {
        Map<String, String> reviews = new TreeMap<>();
        Map<String, Fact> newFacts = new TreeMap<>();
        List<ReportIndex.Part> parts = new ArrayList<>();
        for (ExtractedReport r : extracted) {
            var p = r.profile();
            parts.add(new ReportIndex.Part(
                    r.reportId(),
                    p.kind().name(),
                    p.region(),
                    p.level().name(),
                    p.reportYear(),
                    p.reviewYear(),
                    p.deliveredOn() == null ? null : p.deliveredOn().toString(),
                    p.truncated()));
            for (Fact f : r.facts()) {
                newFacts.put(f.factKey(), f);
            }
            if (r.profile().hasReview()
                    && r.profile().reviewYear() != null
                    && r.profile().region() != null
                    && r.profile().kind() == DocumentKind.report) {
                reviews.put(
                        r.reportId(),
                        regionYear(r.profile().region(), r.profile().reviewYear()));
            }
        }
        // Everything this report changes, grouped by the region-year it concerns: one message each.
        Map<String, Pending> byRegionYear = new TreeMap<>();
        for (Map.Entry<String, Fact> old : before.facts().entrySet()) {
            Fact now = newFacts.get(old.getKey());
            String oldRegionYear = RegionYearKey.of(old.getValue()).encode();
            if (now == null || !oldRegionYear.equals(RegionYearKey.of(now).encode())) {
                forward(record, old.getKey(), Routed.tombstone());
                byRegionYear
                        .computeIfAbsent(oldRegionYear, k -> new Pending())
                        .retracted
                        .add(old.getKey());
            }
        }
        for (Map.Entry<String, String> old : before.reviews().entrySet()) {
            if (!old.getValue().equals(reviews.get(old.getKey()))) {
                byRegionYear
                        .computeIfAbsent(old.getValue(), k -> new Pending())
                        .reviews
                        .put(old.getKey(), RegionYearUpdate.Review.NO_LONGER);
            }
        }
        reviews.forEach((id, key) ->
                byRegionYear.computeIfAbsent(key, k -> new Pending()).reviews.put(id, RegionYearUpdate.Review.REVIEWS));
        for (Fact f : newFacts.values()) {
            metrics.fact(f.role().name(), f.indicator());
            forward(record, f.factKey(), Routed.fact(f));
            byRegionYear
                    .computeIfAbsent(RegionYearKey.of(f).encode(), k -> new Pending())
                    .upserts
                    .add(f);
        }
        byRegionYear.forEach((key, p) -> p.updates(reportId).forEach(u -> {
            forward(record, key, Routed.change(u));
            if (isNationalYear(key)) {
                forward(record, key, Routed.change(u.asCopy()));
            }
        }));
        return new ReportIndex(hash, newFacts, reviews, parts);
    }

    private void retractAll(Record<String, byte[]> record) {
        if (record.key() == null) {
            deadLetter(
                    record,
                    new IllegalArgumentException("null value without a key"),
                    ReportParser.STAGE,
                    "a tombstone needs the report id as its key",
                    false);
            return;
        }
        ReportIndex before = index.get(record.key());
        if (before == null) {
            metrics.report("retracted");
            return;
        }
        apply(record, record.key(), List.of(), before, null);
        index.delete(record.key());
        metrics.report("retracted");
    }

    private void forward(Record<String, byte[]> record, String key, Routed value) {
        context.forward(new Record<>(key, value, record.timestamp(), new RecordHeaders()));
    }

    private void deadLetter(
            Record<String, byte[]> record, Throwable error, String stage, String reason, boolean trace) {
        // The reason may quote the input; it goes into the record's headers, never into the log.
        LOG.warn(
                "dead-lettering record at {}: stage {}, {}",
                context.recordMetadata()
                        .map(m -> m.topic() + "-" + m.partition() + "@" + m.offset())
                        .orElse("?"),
                stage,
                error.getClass().getSimpleName());
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        DeadLetters.annotate(
                headers, error, stage, reason, context.recordMetadata().orElse(null), trace);
        metrics.report("dead_letter");
        metrics.deadLetter(stage);
        context.forward(new Record<>(record.key(), Routed.deadLetter(record.value()), record.timestamp(), headers));
    }

    /** The changes of one report to one region-year, gathered before they are sent. */
    private static final class Pending {
        final List<Fact> upserts = new ArrayList<>();
        final List<String> retracted = new ArrayList<>();
        final Map<String, RegionYearUpdate.Review> reviews = new TreeMap<>();

        /** One update; a collection whose several reports review the same year needs one per review flag. */
        List<RegionYearUpdate> updates(String recordId) {
            if (reviews.size() <= 1) {
                String id = reviews.isEmpty()
                        ? recordId
                        : reviews.keySet().iterator().next();
                RegionYearUpdate.Review flag = reviews.isEmpty()
                        ? RegionYearUpdate.Review.UNCHANGED
                        : reviews.values().iterator().next();
                return List.of(new RegionYearUpdate(id, upserts, retracted, flag));
            }
            List<RegionYearUpdate> out = new ArrayList<>();
            out.add(new RegionYearUpdate(recordId, upserts, retracted, RegionYearUpdate.Review.UNCHANGED));
            reviews.forEach((id, flag) -> out.add(new RegionYearUpdate(id, List.of(), List.of(), flag)));
            return out;
        }
    }

    /** A year of the nation: goals of every region may be set against it, so every partition gets a copy. */
    private static boolean isNationalYear(String regionYearKey) {
        RegionYearKey k = RegionYearKey.parse(regionYearKey);
        return !k.isPeriod() && k.region().equals(NATION);
    }

    private static String regionYear(String region, int year) {
        return RegionYearKey.of(region, year).encode();
    }

    private static ReportIndex orEmpty(ReportIndex i) {
        return i == null ? ReportIndex.EMPTY : i;
    }
}
