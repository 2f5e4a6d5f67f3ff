package org.indicatortracker.verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.indicatortracker.extract.Benchmark;
import org.indicatortracker.extract.Fact;
import org.indicatortracker.extract.Indicator;
import org.indicatortracker.extract.Lexicon;
import org.indicatortracker.extract.PlanPeriod;
import org.indicatortracker.extract.Source;
import org.indicatortracker.report.Gazetteer;
import org.indicatortracker.report.Region;

/**
 * From what is known about a region and year (or plan period) to the status of each of its goals. A
 * goal is an indicator with a target for that year. Where several sources state a target or an actual,
 * a government work report beats a document that quotes one, an exact figure beats a milestone of the
 * same report (突破15000亿元), a final figure beats an estimate, and
 * the report id breaks ties, so the choice never depends on arrival order.
 */
public final class GoalEvaluator {
    private static final Comparator<Fact> PREFERENCE = Comparator.comparing(
                    (Fact f) -> f.source() == Source.report ? 0 : 1)
            .thenComparing(f -> f.milestone() ? 1 : 0)
            .thenComparing(f -> f.estimate() ? 1 : 0)
            .thenComparing(Fact::reportId);

    private final Lexicon lexicon;
    private final GoalRules rules;
    private final RelativeRules relativeRules;
    private final Gazetteer gazetteer = Gazetteer.standard();

    public GoalEvaluator(Lexicon lexicon, GoalRules rules) {
        this.lexicon = lexicon;
        this.rules = rules;
        this.relativeRules = new RelativeRules(rules.tolerance());
    }

    /**
     * The year's goals judged on the region's own figures; goals set against another region are
     * {@link #relativeGoals}, except those whose other region the gazetteer cannot name.
     */
    public Map<String, GoalStatus> evaluate(String region, int year, RegionYear state) {
        Facts facts = Facts.of(state, f -> f.versus() == null);
        Map<String, GoalStatus> statuses = new TreeMap<>();
        Facts.of(
                        state,
                        f -> f.role() == Fact.Role.target
                                && f.versus() != null
                                && benchmarkRegion(f, f.versus()).isEmpty())
                .targets
                .values()
                .forEach(candidates -> {
                    Fact t = candidates.get(0);
                    GoalStatus s = GoalStatus.of(
                            t,
                            new GoalRules.Verdict(
                                    Status.NOT_EVALUABLE,
                                    null,
                                    "目标：" + t.text() + "；地名录中找不到" + t.region() + "所比的地区（" + t.versus() + "）"));
                    statuses.put(s.key(), s);
                });
        Fact benchmark = facts.preferredActual(lexicon.benchmark().id()).orElse(null);
        facts.targets.forEach((indicator, candidates) -> {
            List<Fact> actuals = facts.actuals.getOrDefault(indicator, List.of());
            GoalStatus s = (actuals.isEmpty()
                            ? byParts(year, candidates.get(0), facts, benchmark)
                            : Optional.<GoalStatus>empty())
                    .orElseGet(() -> judge(
                            year,
                            candidates.get(0),
                            actuals,
                            benchmark,
                            state.reviewers().isEmpty()));
            statuses.put(s.key(), withConflicts(s, candidates.get(0), candidates));
        });
        return statuses;
    }

    /**
     * A plan period's goals: judged on the period's figure that a review states, or else, for an average
     * growth, on the five annual figures of the region ({@code annual} gives a year's state, or null).
     */
    public Map<String, GoalStatus> evaluatePeriod(PlanPeriod period, RegionYear state, IntFunction<RegionYear> annual) {
        Facts facts = Facts.of(state, f -> f.versus() == null);
        Map<String, GoalStatus> statuses = new TreeMap<>();
        RegionYear last = annual.apply(period.last());
        boolean reviewed = last != null && !last.reviewers().isEmpty();
        // A period's goal set against another region (到2020年增速快于全省1个百分点) would need the other
        // region's period figure; it is recorded, with that reason, and not judged.
        Facts.of(state, f -> f.role() == Fact.Role.target && f.versus() != null)
                .targets
                .values()
                .forEach(candidates -> {
                    Fact t = candidates.get(0);
                    GoalStatus s = GoalStatus.of(
                            t,
                            new GoalRules.Verdict(Status.NOT_EVALUABLE, null, "目标：" + t.text() + "；五年目标与其他地区相比，不作判定"));
                    statuses.put(s.key(), s);
                });
        facts.targets.forEach((indicator, candidates) -> {
            Fact target = candidates.get(0);
            List<Fact> stated = facts.actuals.getOrDefault(indicator, List.of());
            GoalStatus s;
            if (!stated.isEmpty() || target.kind() == Fact.Kind.qualitative) {
                s = judge(period.last(), target, stated, null, !reviewed);
            } else if (target.kind() == Fact.Kind.rate) {
                // A rate to reach (城镇化率达到63%, 失业率控制在5.5%以内) is judged on the period's last year's
                // figure. A level is not: 城镇新增就业220万人 is five years' total, not the last year's.
                List<Fact> lastYear = last == null
                        ? List.of()
                        : Facts.of(last, f -> f.versus() == null).actuals.getOrDefault(indicator, List.of());
                s = judge(period.last(), target, lastYear, null, !reviewed);
            } else {
                s = derived(period, target, annual)
                        .orElseGet(() -> judge(period.last(), target, List.of(), null, !reviewed));
            }
            statuses.put(s.key(), withConflicts(s, target, candidates));
        });
        return statuses;
    }

    /**
     * The period's growth from its five annual growth figures: their geometric mean for a goal set as an
     * average (年均增长7%), their product for a goal over the period as a whole (细颗粒物浓度下降40%).
     */
    private Optional<GoalStatus> derived(PlanPeriod period, Fact target, IntFunction<RegionYear> annual) {
        if (target.kind() != Fact.Kind.growth || !"%".equals(target.unit()) || otherBase(target, period)) {
            return Optional.empty();
        }
        List<Fact> figures = new ArrayList<>();
        for (int y = period.first(); y <= period.last(); y++) {
            RegionYear state = annual.apply(y);
            Optional<Fact> growth = state == null
                    ? Optional.empty()
                    : Facts.of(state, f -> f.versus() == null)
                            .actuals
                            .getOrDefault(target.indicator(), List.of())
                            .stream()
                            .filter(f -> f.kind() == Fact.Kind.growth && f.value() != null && "%".equals(f.unit()))
                            .findFirst();
            if (growth.isEmpty()) {
                return Optional.empty();
            }
            figures.add(growth.get());
        }
        double product = 1;
        StringBuilder list = new StringBuilder();
        for (Fact f : figures) {
            double g = f.direction() == Fact.Direction.decrease ? -f.value() : f.value();
            product *= 1 + g / 100;
            list.append(list.length() == 0 ? "" : "、")
                    .append(f.year())
                    .append("年")
                    .append(GoalRules.fmt(g))
                    .append('%');
        }
        // 年均增长7% is judged on the average of the five years; 下降40% over the period, on the five together.
        boolean perYear = target.text() != null
                && (target.text().contains("年均") || target.text().contains("平均每年"));
        double mean = perYear
                ? Math.round((Math.pow(product, 1.0 / figures.size()) - 1) * 100 * 100) / 100.0
                : Math.round((product - 1) * 100 * 100) / 100.0;
        Fact average = target.toBuilder()
                .role(Fact.Role.actual)
                .reportId("derived:" + period)
                .comparator(org.indicatortracker.extract.Comparator.eq)
                .value(Math.abs(mean), "%")
                .valueHigh(null)
                .direction(mean < 0 ? Fact.Direction.decrease : Fact.Direction.increase)
                .text(String.format(
                        Locale.ROOT,
                        "由%s各年增速（%s）推算的%s%s%%",
                        period,
                        list,
                        perYear ? "年均增长" : "期间累计增长",
                        GoalRules.fmt(mean)))
                .span(0, 0)
                .build();
        Indicator.Polarity polarity = polarity(target);
        GoalRules.Verdict v = rules.judge(target, average, polarity, null);
        List<String> reports = figures.stream().map(Fact::reportId).toList();
        return Optional.of(
                GoalStatus.of(target, new GoalRules.Verdict(v.status(), v.margin(), v.rule() + "（由五个年度数字推算）"))
                        .withEvidence(average, null, GoalStatus.Basis.derived, reports));
    }

    private static final Pattern BASE_YEAR = Pattern.compile("(?:较|比|与)(\\d{4})年");

    /** PM2.5浓度较2013年下降40%: measured from a year before the period's, which its five years do not span. */
    private static boolean otherBase(Fact target, PlanPeriod period) {
        Matcher m = BASE_YEAR.matcher(target.text() == null ? "" : target.text());
        return m.find() && Integer.parseInt(m.group(1)) != period.first() - 1;
    }

    /**
     * Every goal of the year: those judged on the region's own figures, and those set against another
     * region, judged on what that region reported ({@code benchmarkState} gives its state for the year,
     * or null while nothing has arrived).
     */
    public Map<String, GoalStatus> evaluate(
            String region, int year, RegionYear state, Function<RelativeGoal, RegionYear> benchmarkState) {
        Map<String, GoalStatus> statuses = evaluate(region, year, state);
        relativeGoals(region, year, state).forEach((key, goal) -> {
            RegionYear other = benchmarkState.apply(goal);
            statuses.put(
                    key,
                    relativeRules.judge(goal, other == null ? null : actuals(goal.benchmarkRegion(), year, other)));
        });
        return statuses;
    }

    /** Whether a goal is set against the nation, whose figures every region's partition keeps a copy of. */
    public boolean againstTheNation(RelativeGoal goal) {
        return gazetteer.nation().code().equals(goal.benchmarkRegionCode());
    }

    /** The goals of the year set against another region, keyed by goal key, each with what its own region says. */
    private Map<String, RelativeGoal> relativeGoals(String region, int year, RegionYear state) {
        Facts facts = Facts.of(state, f -> true);
        Map<String, RelativeGoal> out = new TreeMap<>();
        for (List<Fact> candidates : facts.targets.values()) {
            for (Fact target : candidates) {
                Benchmark.Tier tier = target.versus();
                if (tier == null || out.containsKey(GoalKey.of(target).encode())) {
                    continue;
                }
                Optional<Region> other = benchmarkRegion(target, tier);
                if (other.isEmpty()) {
                    continue;
                }
                Fact own = facts.preferredActual(target.indicator(), f -> f.versus() == null && f.value() != null)
                        .orElse(null);
                Fact stated = facts.preferredActual(target.indicator(), f -> f.versus() == tier)
                        .orElse(null);
                RelativeGoal g = new RelativeGoal(
                        target,
                        own,
                        stated,
                        !state.reviewers().isEmpty(),
                        gazetteer.displayName(other.get()),
                        other.get().code());
                out.put(g.key(), g);
            }
        }
        return out;
    }

    /** What the region reported for the year, for the goals of other regions set against it. */
    public RegionActuals actuals(String region, int year, RegionYear state) {
        Facts facts = Facts.of(state, f -> f.versus() == null && f.value() != null);
        Map<String, Fact> preferred = new TreeMap<>();
        facts.actuals.forEach((indicator, list) -> preferred.put(indicator, list.get(0)));
        return new RegionActuals(region, year, !state.reviewers().isEmpty(), preferred);
    }

    private Optional<Region> benchmarkRegion(Fact target, Benchmark.Tier tier) {
        Optional<Region> self = gazetteer.byCode(target.regionCode());
        return switch (tier) {
            case nation -> Optional.of(gazetteer.nation());
            case province ->
                self.flatMap(gazetteer::province).filter(p -> !p.code().equals(target.regionCode()));
            case parent -> self.flatMap(gazetteer::parent);
        };
    }

    /** The facts of a state that pass a filter, targets and actuals by indicator, each list preferred first. */
    private record Facts(Map<String, List<Fact>> targets, Map<String, List<Fact>> actuals) {
        static Facts of(RegionYear state, Predicate<Fact> keep) {
            Map<String, List<Fact>> targets = new TreeMap<>();
            Map<String, List<Fact>> actuals = new TreeMap<>();
            for (Fact f : state.facts().values()) {
                if (keep.test(f)) {
                    (f.role() == Fact.Role.target ? targets : actuals)
                            .computeIfAbsent(f.indicator(), k -> new ArrayList<>())
                            .add(f);
                }
            }
            targets.values().forEach(l -> l.sort(PREFERENCE));
            actuals.values().forEach(l -> l.sort(PREFERENCE));
            return new Facts(targets, actuals);
        }

        Optional<Fact> preferredActual(String indicator) {
            return actuals.getOrDefault(indicator, List.of()).stream().findFirst();
        }

        Optional<Fact> preferredActual(String indicator, Predicate<Fact> which) {
            return actuals.getOrDefault(indicator, List.of()).stream()
                    .filter(which)
                    .findFirst();
        }
    }

    private Indicator.Polarity polarity(Fact target) {
        return lexicon.find(target.indicator()).map(Indicator::polarity).orElse(Indicator.Polarity.HIGHER);
    }

    /** @param benchmark the region-year's preferred GDP actual, for targets relative to GDP growth */
    private GoalStatus judge(int year, Fact target, List<Fact> actualCandidates, Fact benchmark, boolean noReview) {
        Indicator.Polarity polarity = polarity(target);
        if (target.kind() == Fact.Kind.qualitative) {
            return GoalStatus.of(target, rules.judge(target, null, polarity, null));
        }
        if (actualCandidates.isEmpty()) {
            if (noReview) {
                return GoalStatus.of(
                        target,
                        new GoalRules.Verdict(Status.PENDING, null, "目标：" + target.text() + "；尚无回顾" + year + "年的报告"));
            }
            return GoalStatus.of(
                    target,
                    new GoalRules.Verdict(
                            Status.UNREPORTED, null, "目标：" + target.text() + "；回顾" + year + "年的报告未报告该指标"));
        }
        // The most authoritative actual that can be compared; if none can, the most authoritative one says why.
        GoalRules.Verdict first = null;
        Fact firstActual = null;
        for (Fact actual : actualCandidates) {
            GoalRules.Verdict v = rules.judge(target, actual, polarity, benchmark);
            if (v.status() != Status.NOT_EVALUABLE) {
                return GoalStatus.of(target, v).withEvidence(actual, null, GoalStatus.Basis.figures, List.of());
            }
            if (first == null) {
                first = v;
                firstActual = actual;
            }
        }
        return GoalStatus.of(target, first).withEvidence(firstActual, null, null, List.of());
    }

    /**
     * A target for a whole (城乡居民人均可支配收入增长7%: the residents' income) that the review reports
     * only by its parts (城镇…增长6.8%，农村…增长8.1%): met when every part meets it, missed when every
     * part misses it; when the parts disagree no figure settles it (ANNOTATION.md: ambiguous).
     */
    private Optional<GoalStatus> byParts(int year, Fact target, Facts facts, Fact benchmark) {
        List<Indicator> parts = lexicon.partsOf(target.indicator());
        // A qualitative goal (城乡居民收入稳步增长) is judged as such, whatever the parts report.
        if (target.kind() == Fact.Kind.qualitative
                || parts.isEmpty()
                || parts.stream().anyMatch(p -> !facts.actuals.containsKey(p.id()))) {
            return Optional.empty();
        }
        List<GoalStatus> judged = parts.stream()
                .map(p -> judge(year, target, facts.actuals.get(p.id()), benchmark, false))
                .toList();
        Status first = judged.get(0).status();
        boolean agree = judged.stream().allMatch(j -> j.status() == first);
        String rules = judged.stream()
                .map(j -> (j.actual() == null ? "" : j.actual().text() + "：") + j.rule())
                .reduce((a, b) -> a + "；" + b)
                .orElse("");
        GoalRules.Verdict v = agree && (first == Status.MET || first == Status.MISSED)
                ? new GoalRules.Verdict(
                        first,
                        judged.stream()
                                .map(GoalStatus::margin)
                                .filter(Objects::nonNull)
                                .min(Double::compare)
                                .orElse(null),
                        "按城乡分项判定：" + rules)
                : new GoalRules.Verdict(Status.NOT_EVALUABLE, null, "分项结论不一致，不作判定：" + rules);
        GoalStatus s = GoalStatus.of(target, v)
                .withEvidence(
                        judged.get(0).actual(),
                        null,
                        GoalStatus.Basis.figures,
                        judged.stream()
                                .filter(j -> j.actual() != null)
                                .map(j -> j.actual().reportId())
                                .toList());
        return Optional.of(s);
    }

    private static GoalStatus withConflicts(GoalStatus s, Fact chosen, List<Fact> candidates) {
        List<String> conflicts = new ArrayList<>();
        for (Fact other : candidates) {
            if (other != chosen && !sameStatement(chosen, other)) {
                conflicts.add(other.reportId() + "（" + other.source() + "）：" + other.text());
            }
        }
        if (conflicts.isEmpty()) {
            return s;
        }
        return s.withConflicts(conflicts, "；另有来源表述不同，采用 " + chosen.reportId());
    }

    private static boolean sameStatement(Fact a, Fact b) {
        return a.kind() == b.kind()
                && a.comparator() == b.comparator()
                && Objects.equals(a.value(), b.value())
                && Objects.equals(a.valueHigh(), b.valueHigh())
                && Objects.equals(a.unit(), b.unit());
    }
}
