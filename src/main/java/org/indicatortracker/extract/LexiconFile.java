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
        Map<String, List<String>> compounds,
        List<String> blockers,
        EstimateCues estimateCues,
        List<String> noise) {

    LexiconFile {
        indicators = indicators == null ? List.of() : indicators;
        compounds = compounds == null ? Map.of() : compounds;
        blockers = blockers == null ? List.of() : blockers;
        estimateCues = estimateCues == null ? new EstimateCues(List.of(), List.of()) : estimateCues;
        noise = noise == null ? List.of() : noise;
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

    record EstimateCues(List<String> sentence, List<String> section) {
        EstimateCues {
            sentence = sentence == null ? List.of() : sentence;
            section = section == null ? List.of() : section;
        }
    }
}
