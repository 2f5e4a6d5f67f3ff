package org.indicatortracker.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The words of the grammar, from the built-in lexicon: the units a figure may carry with what they
 * measure, the qualifiers after a figure, and the predicate words between an indicator and its figure.
 * The scanner reads figures and the verdicts compare them through this one list of units.
 */
public final class Vocabulary {
    /** A unit as printed, what it measures (its base) and how many of the base one of it is. */
    public record Unit(String unit, String base, double factor) {}

    private static final Vocabulary STANDARD = of(Lexicon.builtInFile());

    private final List<Unit> units;
    private final Map<String, Unit> byUnit = new LinkedHashMap<>();
    private final List<Map.Entry<String, Comparator>> qualifiers;
    private final LexiconFile.Predicates predicates;

    private Vocabulary(
            List<Unit> units, List<Map.Entry<String, Comparator>> qualifiers, LexiconFile.Predicates predicates) {
        this.units = units;
        units.forEach(u -> byUnit.put(u.unit(), u));
        this.qualifiers = qualifiers;
        this.predicates = predicates;
    }

    /** The vocabulary of the built-in lexicon. */
    public static Vocabulary standard() {
        return STANDARD;
    }

    static Vocabulary of(LexiconFile file) {
        if (file.units().isEmpty() || file.qualifiers().isEmpty() || file.predicates() == null) {
            throw new IllegalArgumentException("the built-in lexicon must define units, qualifiers and predicates");
        }
        // Longest first, so that 个百分点 wins over 个 and 万亿元 over 亿元 whatever order the file lists them in.
        List<Unit> units = file.units().stream()
                .map(u -> new Unit(u.unit(), u.base(), u.factor()))
                .sorted((a, b) -> b.unit().length() - a.unit().length())
                .toList();
        List<Map.Entry<String, Comparator>> qualifiers = file.qualifiers().entrySet().stream()
                .sorted((a, b) -> b.getKey().length() - a.getKey().length())
                .toList();
        return new Vocabulary(units, qualifiers, file.predicates());
    }

    /** Units as printed, longest first. */
    public List<Unit> units() {
        return units;
    }

    public Optional<Unit> unit(String printed) {
        return Optional.ofNullable(byUnit.get(printed));
    }

    /** Qualifier words and what they make of a figure, longest first. */
    List<Map.Entry<String, Comparator>> qualifiers() {
        return qualifiers;
    }

    LexiconFile.Predicates predicates() {
        return predicates;
    }

    /** The alternatives of a list as one group of a pattern; each entry must be a valid expression. */
    static String alternatives(String name, List<String> words) {
        for (String w : words) {
            try {
                Pattern.compile(w);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(
                        "lexicon predicates." + name + " entry is no valid expression: " + w, e);
            }
        }
        return "(?:" + String.join("|", words) + ")";
    }
}
