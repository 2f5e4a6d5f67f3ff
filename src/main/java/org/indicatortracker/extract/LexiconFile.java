package org.indicatortracker.extract;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The lexicon YAML as written, bound strictly: an unknown key, a missing id or name, or a value that
 * is not one of those allowed (a typo in {@code polarity}) is an error that names it, never a default.
 */
record LexiconFile(
        List<Entry> indicators,
        Map<String, Compound> compounds,
        List<String> blockers,
        EstimateCues estimateCues,
        List<String> noise,
        List<String> measureHeads,
        List<String> leadIns,
        List<UnitEntry> units,
        Map<String, Comparator> qualifiers,
        Predicates predicates) {

    LexiconFile {
        indicators = indicators == null ? List.of() : indicators;
        compounds = compounds == null ? Map.of() : compounds;
        blockers = blockers == null ? List.of() : blockers;
        estimateCues = estimateCues == null ? new EstimateCues(List.of(), List.of()) : estimateCues;
        noise = noise == null ? List.of() : noise;
        measureHeads = measureHeads == null ? List.of() : measureHeads;
        leadIns = leadIns == null ? List.of() : leadIns;
        units = units == null ? List.of() : units;
        qualifiers = qualifiers == null ? Map.of() : qualifiers;
    }

    /** How an indicator is judged: a floor (more is better) or a ceiling (物价, 失业率, 能耗). */
    enum Polarity {
        higher,
        lower
    }

    record Entry(
            @JsonProperty(required = true) String id,
            @JsonProperty(required = true) String name,
            List<String> synonyms,
            Polarity polarity,
            String unit,
            Boolean headline,
            Boolean benchmark) {

        Entry {
            synonyms = synonyms == null ? List.of() : synonyms;
            polarity = polarity == null ? Polarity.higher : polarity;
            unit = unit == null ? "" : unit;
            headline = headline == null ? Boolean.TRUE : headline;
            benchmark = benchmark == null ? Boolean.FALSE : benchmark;
        }
    }

    /**
     * One surface that names several indicators (城乡居民人均可支配收入 → 城镇 + 农村). {@code whole}, if
     * given, is the indicator the surface means when it is not split: one figure without 分别 or 均
     * (城乡居民人均可支配收入增长5.6%), or a figureless relative goal.
     */
    record Compound(@JsonProperty(required = true) List<String> parts, String whole) {
        Compound {
            if (parts == null || parts.size() < 2) {
                throw new IllegalArgumentException("a compound names at least two indicators: " + parts);
            }
        }
    }

    /** A unit as printed, the base it measures, and how many of the base one of it is (1 if not given). */
    record UnitEntry(
            @JsonProperty(required = true) String unit,
            @JsonProperty(required = true) String base,
            Double factor) {
        UnitEntry {
            if (unit == null || unit.isBlank() || base == null || base.isBlank()) {
                throw new IllegalArgumentException("a unit needs its unit and its base: " + unit + " / " + base);
            }
            factor = factor == null ? 1.0 : factor;
            if (!(factor > 0)) {
                throw new IllegalArgumentException("the factor of unit " + unit + " must be positive: " + factor);
            }
        }
    }

    /** The predicate words, each list a set of alternatives of a regular expression. */
    record Predicates(
            @JsonProperty(required = true) List<String> decrease,
            @JsonProperty(required = true) List<String> growth,
            @JsonProperty(required = true) List<String> atLeast,
            @JsonProperty(required = true) List<String> above,
            @JsonProperty(required = true) List<String> atMost,
            @JsonProperty(required = true) List<String> adverbials,
            @JsonProperty(required = true) List<String> verbs,
            @JsonProperty(required = true) List<String> continuers) {}

    record EstimateCues(List<String> sentence, List<String> section) {
        EstimateCues {
            sentence = sentence == null ? List.of() : sentence;
            section = section == null ? List.of() : section;
        }
    }
}
