package org.indicatortracker.report;

import java.util.regex.Matcher;

/**
 * Finds the first match of a pattern by trying it only where a match can start, rather than letting
 * the regex engine try every position of a long text (JFR: on real reports, most of the
 * recognizer's time went to patterns that fail at nearly every position). Each method finds the
 * same match as {@link Matcher#find()} would, given what it is told about the pattern.
 */
final class Scan {
    private Scan() {}

    /**
     * The first match starting in [from, limit) and ending by {@code limit}, of a pattern without
     * anchors or lookbehind whose every match opens with one of {@code openings}: the same match as
     * {@code m.region(from, limit).find()}. On success the matcher holds it.
     */
    static boolean firstOpening(Matcher m, String text, int from, int limit, String... openings) {
        return first(m, text, from, limit, limit, openings, false);
    }

    /**
     * The first match starting in [from, limit) of a {@code (?m)^} pattern whose every match opens,
     * right after the ^, with one of {@code firstChars}: the first match at or after {@code from} of
     * {@code m.region(0, limit).find()} ({@code m.find(from)} when {@code limit} is the text's end).
     * A line start is one as Java's ^ sees it: after \n, \r, \u0085, \u2028 or \u2029, never
     * between \r and \n. On success the matcher holds the match.
     */
    static boolean firstAtLineStart(Matcher m, String text, int from, int limit, String firstChars) {
        return firstAtLineStart(m, text, from, limit, limit, firstChars);
    }

    /** The same, for a match that starts before {@code startsBefore} only (it may end after). */
    static boolean firstAtLineStart(Matcher m, String text, int from, int startsBefore, int limit, String firstChars) {
        String[] openings = new String[firstChars.length()];
        for (int k = 0; k < openings.length; k++) {
            openings[k] = firstChars.substring(k, k + 1);
        }
        return first(m, text, from, Math.min(startsBefore, limit), limit, openings, true);
    }

    /**
     * The first match starting in [from, limit) of a {@code (?m)^} pattern, tried at line starts only:
     * the first match at or after {@code from} of {@code m.region(0, limit).find()}, as for
     * {@link #firstAtLineStart(Matcher, String, int, int, String)}. On success the matcher holds it.
     */
    static boolean firstAtAnyLineStart(Matcher m, String text, int from, int limit) {
        // One pass up to the match: a search per kind of line break would run to the text's end each time.
        for (int i = Math.max(0, from); i < limit; i++) {
            if ((i == 0 || lineStartAfter(text.charAt(i - 1), text.charAt(i)))
                    && m.region(i, limit).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text holds any of the words: a pattern that needs one cannot match a text without. */
    static boolean containsAny(String text, String... words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Tries the matcher at each place in [from, startsBefore) where an opening stands (and a line starts, if asked), in order. */
    private static boolean first(
            Matcher m, String text, int from, int startsBefore, int limit, String[] openings, boolean lineStartsOnly) {
        from = Math.max(0, from);
        int[] next = new int[openings.length];
        for (int k = 0; k < openings.length; k++) {
            next[k] = text.indexOf(openings[k], from);
        }
        while (true) {
            int at = -1;
            for (int n : next) {
                if (n >= 0 && (at < 0 || n < at)) {
                    at = n;
                }
            }
            if (at < 0 || at >= startsBefore) {
                return false;
            }
            if ((!lineStartsOnly || at == 0 || lineStartAfter(text.charAt(at - 1), text.charAt(at)))
                    && m.region(at, limit).lookingAt()) {
                return true;
            }
            for (int k = 0; k < openings.length; k++) {
                if (next[k] == at) {
                    next[k] = text.indexOf(openings[k], at + 1);
                }
            }
        }
    }

    /** Whether ^ in MULTILINE mode matches between {@code before} and {@code at} (Pattern.Caret's rule). */
    private static boolean lineStartAfter(char before, char at) {
        if (before == '\r') {
            return at != '\n';
        }
        return before == '\n' || before == '\u0085' || before == '\u2028' || before == '\u2029';
    }
}
