package org.indicatortracker.extract;

import java.util.regex.Pattern;

/** Small readings of the words around a figure: the predicate between an indicator and its number. */
final class Clause {
    private static final LexiconFile.Predicates WORDS = Vocabulary.standard().predicates();
    private static final Pattern DECREASE = Pattern.compile(Vocabulary.alternatives("decrease", WORDS.decrease()));
    private static final Pattern GROWTH_WORD = Pattern.compile(Vocabulary.alternatives("growth", WORDS.growth()));
    private static final Pattern AT_LEAST = Pattern.compile(Vocabulary.alternatives("atLeast", WORDS.atLeast()));
    private static final Pattern ABOVE = Pattern.compile(Vocabulary.alternatives("above", WORDS.above()));
    private static final Pattern AT_MOST = Pattern.compile(Vocabulary.alternatives("atMost", WORDS.atMost()));
    /** Words that carry a figure on to the same subject: 完成1850.6亿元,同比增长2.8%. */
    private static final Pattern CONTINUES =
            Pattern.compile("^" + Vocabulary.alternatives("continuers", WORDS.continuers()));

    /**
     * What may stand between an indicator and its first figure: adverbials, then at most two verbs
     * (增速为, 增长达到).
     * 完成, 同比增长, 连续17年稳定在 pass; 实绩企业超过 or 比重预计达到 name another subject and do not.
     */
    private static final Pattern FIRST_GAP =
            Pattern.compile("^" + Vocabulary.alternatives("adverbials", WORDS.adverbials()) + "*"
                    + Vocabulary.alternatives("verbs", WORDS.verbs()) + "{0,2}$");

    private Clause() {}

    /**
     * Whether s[from, to) holds one of {@code chars}: a pattern every match of which holds one of them
     * need not run over a text without (one pass over a short text is cheaper than the regex's).
     */
    static boolean holdsAny(CharSequence s, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    static boolean isDecrease(CharSequence predicate) {
        return DECREASE.matcher(predicate).find();
    }

    static boolean hasGrowthWord(CharSequence s) {
        return GROWTH_WORD.matcher(s).find();
    }

    static Comparator comparator(Figure f, CharSequence predicate) {
        if (f.qualifier() != null) {
            return f.qualifier();
        }
        if (AT_MOST.matcher(predicate).find()) {
            return Comparator.le;
        }
        if (AT_LEAST.matcher(predicate).find()) {
            return Comparator.ge;
        }
        if (ABOVE.matcher(predicate).find()) {
            return Comparator.gt;
        }
        return Comparator.eq;
    }

    /** A figure after a comma belongs to the subject before it only when a predicate word opens its clause. */
    static boolean continues(String gap) {
        int cut = Math.max(Math.max(gap.lastIndexOf(','), gap.lastIndexOf('、')), gap.lastIndexOf('和'));
        String tail = cut >= 0 ? gap.substring(cut + 1) : gap;
        if (cut < 0) {
            return true;
        }
        return tail.isEmpty() || CONTINUES.matcher(tail).find();
    }

    static boolean opensWithPredicate(String gap) {
        return FIRST_GAP.matcher(gap).matches();
    }
}
