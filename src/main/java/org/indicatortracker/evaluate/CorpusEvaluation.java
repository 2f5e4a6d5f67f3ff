package org.indicatortracker.evaluate;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import org.indicatortracker.extract.DocumentExtractor;
import org.indicatortracker.extract.ExtractedReport;
import org.indicatortracker.extract.Fact;
import org.indicatortracker.extract.ReportOverrides;

/**
 * Recognition measured against a corpus manifest ({@code MANIFEST.tsv}: file, region, level, province,
 * reportYear, reviewYear): how many reports come out as one report of the manifest's region and
 * years, and how many facts land under a region other than the report's own.
 */
public final class CorpusEvaluation {
    private final DocumentExtractor extractor;

    public CorpusEvaluation(DocumentExtractor extractor) {
        this.extractor = extractor;
    }

    /** One row of the manifest. */
    public record Entry(String file, String region, String level, String province, int reportYear, int reviewYear) {}

    /**
     * What went wrong with one report ({@code reason} is null when it was read right), and whether it
     * gave a GDP target for its report year and a GDP growth figure for its review year.
     */
    public record Outcome(
            Entry entry,
            String reason,
            int facts,
            int foreignFacts,
            boolean gdpTarget,
            boolean gdpGrowthActual,
            Reach reach) {
        boolean right() {
            return reason == null;
        }
    }

    /** Facts that reach beyond the year and the region: targets set against another region, plan periods' goals and figures. */
    public record Reach(int relativeTargets, int statedGaps, int periodTargets, int periodActuals) {
        static final Reach NONE = new Reach(0, 0, 0, 0);

        Reach plus(Reach o) {
            return new Reach(
                    relativeTargets + o.relativeTargets,
                    statedGaps + o.statedGaps,
                    periodTargets + o.periodTargets,
                    periodActuals + o.periodActuals);
        }
    }

    /** Counts for one level or the total. */
    public record Tally(int reports, int right, int facts, int foreignFacts) {
        Tally plus(Outcome o) {
            return new Tally(
                    reports + 1, right + (o.right() ? 1 : 0), facts + o.facts(), foreignFacts + o.foreignFacts());
        }

        public double recognition() {
            return reports == 0 ? 0 : (double) right / reports;
        }

        public double foreignShare() {
            return facts == 0 ? 0 : (double) foreignFacts / facts;
        }
    }

    /** Consecutive reports of one region: the target of year Y from one, the actual of Y from the next. */
    public record GdpPairs(int pairs, int complete, List<String> incomplete) {
        public double share() {
            return pairs == 0 ? 0 : (double) complete / pairs;
        }
    }

    /** A region's report of a year, in region then year order. */
    private record ReportOf(String region, int year) implements Comparable<ReportOf> {
        @Override
        public int compareTo(ReportOf o) {
            int byRegion = region.compareTo(o.region);
            return byRegion != 0 ? byRegion : Integer.compare(year, o.year);
        }
    }

    public record Result(List<Outcome> outcomes) {
        /** Every region-year Y whose Y and Y+1 reports are both listed, and whether both GDP facts came out. */
        public GdpPairs gdpPairs() {
            Map<ReportOf, Outcome> byRegionYear = new TreeMap<>();
            outcomes.forEach(o ->
                    byRegionYear.put(new ReportOf(o.entry().region(), o.entry().reportYear()), o));
            int pairs = 0;
            int complete = 0;
            List<String> incomplete = new ArrayList<>();
            for (Outcome planning : byRegionYear.values()) {
                Outcome reviewing = byRegionYear.get(
                        new ReportOf(planning.entry().region(), planning.entry().reportYear() + 1));
                if (reviewing == null) {
                    continue;
                }
                pairs++;
                if (planning.gdpTarget() && reviewing.gdpGrowthActual()) {
                    complete++;
                } else {
                    incomplete.add(planning.entry().region() + " "
                            + planning.entry().reportYear() + ": "
                            + (planning.gdpTarget()
                                    ? ""
                                    : "no GDP target in " + planning.entry().file())
                            + (planning.gdpTarget() || reviewing.gdpGrowthActual() ? "" : "; ")
                            + (reviewing.gdpGrowthActual()
                                    ? ""
                                    : "no GDP growth in " + reviewing.entry().file()));
                }
            }
            return new GdpPairs(pairs, complete, incomplete);
        }

        public Map<String, Tally> byLevel() {
            Map<String, Tally> m = new TreeMap<>();
            for (Outcome o : outcomes) {
                m.merge(o.entry().level(), new Tally(0, 0, 0, 0).plus(o), Result::sum);
            }
            return m;
        }

        public Tally total() {
            return outcomes.stream().map(o -> new Tally(0, 0, 0, 0).plus(o)).reduce(new Tally(0, 0, 0, 0), Result::sum);
        }

        private static Tally sum(Tally a, Tally b) {
            return new Tally(
                    a.reports() + b.reports(),
                    a.right() + b.right(),
                    a.facts() + b.facts(),
                    a.foreignFacts() + b.foreignFacts());
        }
    }

    public static List<Entry> readManifest(Path manifest) throws IOException {
        CsvMapper csv = new CsvMapper();
        CsvSchema schema =
                CsvSchema.emptySchema().withHeader().withColumnSeparator('\t').withoutQuoteChar();
        List<Entry> entries = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows =
                csv.readerForMapOf(String.class).with(schema).readValues(manifest.toFile())) {
            while (rows.hasNext()) {
                Map<String, String> r = rows.next();
                entries.add(new Entry(
                        r.get("file"),
                        r.get("region"),
                        r.get("level"),
                        r.get("province"),
                        Integer.parseInt(r.get("reportYear")),
                        Integer.parseInt(r.get("reviewYear"))));
            }
        }
        return entries;
    }

    public Result evaluate(Path corpus, IntConsumer progress) throws IOException {
        List<Entry> entries = readManifest(corpus.resolve("MANIFEST.tsv"));
        List<Outcome> outcomes = new ArrayList<>();
        for (Entry e : entries) {
            outcomes.add(judge(e, corpus.resolve(e.file())));
            progress.accept(outcomes.size());
        }
        return new Result(outcomes);
    }

    Outcome judge(Entry e, Path file) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException ex) {
            return new Outcome(e, "not UTF-8", 0, 0, false, false, Reach.NONE);
        }
        List<ExtractedReport> reports = extractor.extractDocument(e.file(), text, ReportOverrides.NONE);
        int facts = 0;
        int foreign = 0;
        boolean gdpTarget = false;
        boolean gdpGrowth = false;
        Reach reach = Reach.NONE;
        for (ExtractedReport r : reports) {
            for (Fact f : r.facts()) {
                facts++;
                if (!e.region().equals(f.region())) {
                    foreign++;
                    continue;
                }
                boolean target = f.role() == Fact.Role.target;
                reach = reach.plus(new Reach(
                        target && f.versus() != null ? 1 : 0,
                        !target && f.versus() != null ? 1 : 0,
                        target && f.period() != null ? 1 : 0,
                        !target && f.period() != null ? 1 : 0));
                if (f.period() != null || !target && f.versus() != null) {
                    continue;
                }
                boolean gdp = "gdp".equals(f.indicator());
                gdpTarget |= gdp && f.role() == Fact.Role.target && f.year() == e.reportYear();
                gdpGrowth |= gdp && f.role() == Fact.Role.actual && f.year() == e.reviewYear() && "%".equals(f.unit());
            }
        }
        return new Outcome(e, reason(e, reports), facts, foreign, gdpTarget, gdpGrowth, reach);
    }

    private static String reason(Entry e, List<ExtractedReport> reports) {
        if (reports.size() != 1) {
            return "split into " + reports.size() + " reports";
        }
        ExtractedReport r = reports.get(0);
        if (!r.recognised()) {
            return "unrecognised (region " + r.profile().region() + ", year "
                    + r.profile().reportYear() + ")";
        }
        List<String> wrong = new ArrayList<>();
        if (!e.region().equals(r.profile().region())) {
            wrong.add("region " + r.profile().region());
        }
        if (!Objects.equals(e.reportYear(), r.profile().reportYear())) {
            wrong.add("report year " + r.profile().reportYear());
        }
        if (!Objects.equals(e.reviewYear(), r.profile().reviewYear())) {
            wrong.add("review year " + r.profile().reviewYear());
        }
        for (Fact f : r.facts()) {
            if (f.period() != null) {
                continue;
            }
            int expected = f.role() == Fact.Role.target ? e.reportYear() : e.reviewYear();
            if (f.year() != expected) {
                wrong.add(f.role() + " year " + f.year());
                break;
            }
        }
        return wrong.isEmpty() ? null : String.join(", ", wrong);
    }

    public static String format(Result result) {
        StringBuilder sb = new StringBuilder();
        List<Outcome> failing =
                result.outcomes().stream().filter(o -> !o.right()).toList();
        if (!failing.isEmpty()) {
            sb.append("failing reports (").append(failing.size()).append("):\n");
            for (Outcome o : failing) {
                Entry e = o.entry();
                sb.append(String.format(
                        "  %s  expected %s %d/%d: %s%n",
                        e.file(), e.region(), e.reportYear(), e.reviewYear(), o.reason()));
            }
        }
        sb.append(String.format(
                "%-13s %8s %12s %8s %16s%n", "level", "reports", "recognition", "facts", "foreign facts"));
        for (Map.Entry<String, Tally> l : result.byLevel().entrySet()) {
            sb.append(row(l.getKey(), l.getValue()));
        }
        GdpPairs pairs = result.gdpPairs();
        StringBuilder head = new StringBuilder();
        if (!pairs.incomplete().isEmpty()) {
            head.append("GDP pairs without both ends (")
                    .append(pairs.incomplete().size())
                    .append("):\n");
            pairs.incomplete().forEach(i -> head.append("  ").append(i).append('\n'));
        }
        sb.insert(0, head);
        sb.append(row("all", result.total()));
        Reach reach = result.outcomes().stream().map(Outcome::reach).reduce(Reach.NONE, Reach::plus);
        sb.append(String.format(
                Locale.ROOT,
                "targets set against another region: %d; gaps to another region stated in reviews: %d%n",
                reach.relativeTargets(),
                reach.statedGaps()));
        sb.append(String.format(
                Locale.ROOT,
                "five-year goals: %d targets (reports of a plan's first year), %d period figures (reviews of its last year)%n",
                reach.periodTargets(),
                reach.periodActuals()));
        sb.append(String.format(
                Locale.ROOT,
                "GDP pairs (target of Y and growth for Y from Y+1): %d/%d = %.3f%n",
                pairs.complete(),
                pairs.pairs(),
                pairs.share()));
        return sb.toString();
    }

    private static String row(String label, Tally t) {
        return String.format(
                Locale.ROOT,
                "%-13s %8d %12.3f %8d %8d (%.2f%%)%n",
                label,
                t.reports(),
                t.recognition(),
                t.facts(),
                t.foreignFacts(),
                100 * t.foreignShare());
    }
}
