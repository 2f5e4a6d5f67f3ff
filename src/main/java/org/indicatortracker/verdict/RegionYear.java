package org.indicatortracker.verdict;

import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.indicatortracker.extract.Fact;
import org.indicatortracker.extract.Source;

/**
 * Everything known about one region and year: the facts of every report about it, the reports that
 * review it, and the statuses last published for its goals. A sorted map throughout, so that the
 * state (and every verdict drawn from it) is the same whatever order the reports came in.
 *
 * @param facts     fact key → fact (targets set for the year, actuals reported for it)
 * @param reviewers report id → source of the reports whose review section covers the year
 * @param published goal key → what was last sent to goal-status for it (its status and a fingerprint;
 *                  the status itself is recomputed from the facts whenever it is needed)
 * @param dependents the region-years (region|year) with goals set against this one: when its actuals
 *                   change, their goals are judged again
 * @param actuals    fingerprint of the region's actuals as those goals last saw them, or null
 */
public record RegionYear(
        Map<String, Fact> facts,
        Map<String, String> reviewers,
        Map<String, Published> published,
        SortedSet<String> dependents,
        String actuals) {

    /** What was last sent for a goal: enough to tell a change and to count goals by status. */
    public record Published(Status status, String indicator, String region, String fingerprint) {
        /** @param fingerprint a digest of the status as sent: equal digests, equal events */
        public static Published of(GoalStatus s, String fingerprint) {
            return new Published(s.status(), s.indicator(), s.region(), fingerprint);
        }
    }

    public RegionYear {
        facts = new TreeMap<>(facts == null ? Map.of() : facts);
        reviewers = new TreeMap<>(reviewers == null ? Map.of() : reviewers);
        published = new TreeMap<>(published == null ? Map.of() : published);
        dependents = new TreeSet<>(dependents == null ? Set.of() : dependents);
    }

    public static RegionYear empty() {
        return new RegionYear(Map.of(), Map.of(), Map.of(), null, null);
    }

    public RegionYear apply(RegionYearUpdate update) {
        Map<String, Fact> f = new TreeMap<>(facts);
        Map<String, String> r = new TreeMap<>(reviewers);
        update.retracted().forEach(f::remove);
        update.upserts().forEach(fact -> f.put(fact.factKey(), fact));
        switch (update.review()) {
            case REVIEWS -> r.put(update.reportId(), Source.report.name());
            case NO_LONGER -> r.remove(update.reportId());
            case UNCHANGED -> {}
        }
        return new RegionYear(f, r, published, dependents, actuals);
    }

    /**
     * Whether both hold the same actual figures and the same reviews: all that the verdicts of a plan
     * period read of one of its years. A plan's targets for the year change neither.
     */
    public boolean sameActualsAndReviewsAs(RegionYear other) {
        return reviewers.equals(other.reviewers) && actualFacts().equals(other.actualFacts());
    }

    /** Whether both hold the same facts and the same reviews, whatever was judged of them. */
    public boolean sameFactsAndReviewsAs(RegionYear other) {
        return facts.equals(other.facts) && reviewers.equals(other.reviewers);
    }

    private Map<String, Fact> actualFacts() {
        Map<String, Fact> out = new TreeMap<>();
        facts.forEach((key, fact) -> {
            if (fact.role() == Fact.Role.actual) {
                out.put(key, fact);
            }
        });
        return out;
    }

    public RegionYear withPublished(Map<String, Published> sent) {
        return new RegionYear(facts, reviewers, sent, dependents, actuals);
    }

    /** The same, with the fingerprint of its actuals as the goals set against it saw them. */
    public RegionYear withActuals(String fingerprint) {
        return new RegionYear(facts, reviewers, published, dependents, fingerprint);
    }

    /** The same, with one more region-year (region|year) whose goals are set against it. */
    public RegionYear withDependent(String regionYear) {
        SortedSet<String> d = new TreeSet<>(dependents);
        d.add(regionYear);
        return new RegionYear(facts, reviewers, published, d, actuals);
    }

    /** Nothing known and nothing sent: the state can go. (Not named isEmpty, which JSON would take for a field.) */
    public boolean holdsNothing() {
        return facts.isEmpty() && reviewers.isEmpty() && published.isEmpty() && dependents.isEmpty() && actuals == null;
    }
}
