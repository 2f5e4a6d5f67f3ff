package org.indicatortracker.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.indicatortracker.stream.ReportEnvelope;

/**
 * What the end-to-end benchmark publishes: the i-th report of the backfill, and the i-th of the
 * paced load that follows it. The same i always gives the same envelope, so that the tracker and the
 * pass-through, and every round, get the same reports.
 */
public interface BenchReports {
    int WARM_UP_FIRST_YEAR = 2150;

    ReportEnvelope backfill(int i);

    ReportEnvelope paced(int i);

    /**
     * The i-th report that warms an app before it is measured: a region-year of its own far after any
     * the backfill and the paced load write (from 2150), so that the measured reports meet the same
     * state as in a cold app.
     */
    ReportEnvelope warmUp(int i);

    /** What the reports are, in words, for the printout. */
    String describe();

    /**
     * Generated reports: each backfill report a region-year of its own ({@code yearsPerRegion}
     * consecutive years for each place from 2000), each paced one a region-year after them (from 2050).
     */
    static BenchReports generated(ReportGenerator generator, int yearsPerRegion) {
        return new BenchReports() {
            @Override
            public ReportEnvelope backfill(int i) {
                ReportGenerator.Slot s = ReportGenerator.slot(i, yearsPerRegion, 2000);
                return new ReportEnvelope(
                        s.region() + "-" + s.year(), null, null, null, null, generator.report(s.region(), s.year(), 1));
            }

            @Override
            public ReportEnvelope paced(int i) {
                // Years after any the backfill wrote: every paced report is news.
                ReportGenerator.Slot s = ReportGenerator.slot(i, 1, 2050);
                return new ReportEnvelope(
                        s.region() + "-" + s.year(), null, null, null, null, generator.report(s.region(), s.year(), 2));
            }

            @Override
            public ReportEnvelope warmUp(int i) {
                ReportGenerator.Slot s = ReportGenerator.slot(i, 1, WARM_UP_FIRST_YEAR);
                return new ReportEnvelope(
                        "warm-up/" + s.region() + "-" + s.year(),
                        s.region(),
                        s.year(),
                        null,
                        null,
                        generator.report(s.region(), s.year(), 3));
            }

            @Override
            public String describe() {
                return "generated";
            }
        };
    }

    /**
     * Real reports replayed: the corpus's files in an order shuffled once with a fixed seed (so that
     * a short run holds every level, not only the first folder), cycled as often as the run needs.
     * <p>
     * The tracker knows a report by its id (the record key): the same id with the same text is a
     * duplicate and changes nothing, the same id with another text a correction. So the n-th copy of
     * a file (n from 2) is published as {@code PATH@n}, a report of its own. Region and year are read
     * from the text, so the copies of a file land on the region-year of the first and add their facts
     * to it, under their own ids: the goals they set are the same goals, and a copy changes a status
     * only if it becomes the source preferred for it.
     * <p>
     * A paced report is the next file of the cycle with a region and year stated in its envelope, one
     * region-year of its own after any the backfill wrote (the generator's places, from 2050): as
     * with generated reports, each one is news, so each sets goals and every goal sends a status.
     */
    static BenchReports replayed(CorpusReports corpus) {
        List<CorpusReports.Report> order = new ArrayList<>(corpus.reports());
        Collections.shuffle(order, new Random(15));
        return new BenchReports() {
            @Override
            public ReportEnvelope backfill(int i) {
                CorpusReports.Report r = order.get(i % order.size());
                int copy = i / order.size() + 1;
                return new ReportEnvelope(copy == 1 ? r.id() : r.id() + "@" + copy, null, null, null, null, r.text());
            }

            @Override
            public ReportEnvelope paced(int i) {
                return placed("paced/", i, 2050);
            }

            /** The i-th file of the cycle, its region and year stated in the envelope: a region-year of its own. */
            private ReportEnvelope placed(String idPrefix, int i, int firstYear) {
                CorpusReports.Report r = order.get(i % order.size());
                ReportGenerator.Slot s = ReportGenerator.slot(i, 1, firstYear);
                return new ReportEnvelope(
                        idPrefix + s.region() + "-" + s.year() + "/" + r.id(),
                        s.region(),
                        s.year(),
                        null,
                        null,
                        r.text());
            }

            @Override
            public ReportEnvelope warmUp(int i) {
                return placed("warm-up/", i, WARM_UP_FIRST_YEAR);
            }

            @Override
            public String describe() {
                return String.format(
                        Locale.ROOT,
                        "%s (%d real reports, %.1f MB, cycled)",
                        corpus.dir(),
                        corpus.reports().size(),
                        corpus.bytes() / 1e6);
            }
        };
    }
}
