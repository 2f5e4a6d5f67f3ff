package org.indicatortracker.report;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a report to one canonical form: half-width digits and signs, no spaces inside numbers or
 * between Chinese characters, no zero-width characters, no watermarks, and lines broken in the
 * middle of a sentence joined again. One pass over the text, so linear in its length.
 */
public final class TextNormalizer {
    /** A line shorter than this that lacks final punctuation is a heading, not a broken sentence. */
    private static final int MIN_BROKEN_LINE = 30;

    private static final String TERMINAL = "。!?;:：；！？”\")）】";

    private final List<Pattern> noise;
    /** The plain characters each noise pattern starts with: a text without them is not searched with it. */
    private final List<String> noiseLiterals;

    public TextNormalizer(List<Pattern> noise) {
        this.noise = List.copyOf(noise);
        this.noiseLiterals =
                this.noise.stream().map(p -> literalPrefix(p.pattern())).toList();
    }

    public NormalizedText normalize(String original) {
        boolean[] dropped = markNoise(original);
        Output out = new Output(original.length());
        int[] map = new int[original.length() + 1];
        int lineStart = 0;
        int n = original.length();
        char[] in = original.toCharArray();
        boolean anyNoise = dropped != null;
        for (int i = 0; i < n; i++) {
            if (anyNoise && dropped[i]) {
                continue;
            }
            char c = fold(in[i]);
            if (c == 0) {
                continue;
            }
            if (c == ' ') {
                // Keep one space only between two Latin letters (R&D, "M 2" loses it: digit side).
                if (keepSpace(out, original, dropped, i)) {
                    map[out.length()] = i;
                    out.append(' ');
                }
                continue;
            }
            if (c == '\n') {
                if (joinsNextLine(out, lineStart, original, dropped, i)) {
                    continue;
                }
                trimTrailingSpace(out);
                map[out.length()] = i;
                out.append('\n');
                lineStart = out.length();
                continue;
            }
            // Most of a report is a run of characters that need no look around: copied in a tight loop.
            int length = out.length();
            char[] chars = out.chars;
            int j = i;
            while (true) {
                map[length] = j;
                chars[length++] = c;
                j++;
                if (j >= n || anyNoise && dropped[j]) {
                    break;
                }
                c = fold(in[j]);
                if (c == 0 || c == ' ' || c == '\n') {
                    break;
                }
            }
            out.setLength(length);
            i = j - 1;
        }
        // NormalizedText reads no further than the end of the text: the map need not be cut to size.
        map[out.length()] = n;
        return new NormalizedText(original, out.toString(), map);
    }

    /** A char buffer: the one append per character of the text, without StringBuilder's checks. */
    private static final class Output {
        private final char[] chars;
        private int length;

        Output(int capacity) {
            chars = new char[capacity];
        }

        void append(char c) {
            chars[length++] = c;
        }

        int length() {
            return length;
        }

        char charAt(int i) {
            return chars[i];
        }

        void setLength(int l) {
            length = l;
        }

        @Override
        public String toString() {
            return new String(chars, 0, length);
        }
    }

    /** The characters of watermarks, or null when the text has none (most have none: no array then). */
    private boolean[] markNoise(String text) {
        boolean[] dropped = null;
        for (int k = 0; k < noise.size(); k++) {
            String literal = noiseLiterals.get(k);
            if (!literal.isEmpty() && !text.contains(literal)) {
                continue;
            }
            Matcher m = noise.get(k).matcher(text);
            while (m.find()) {
                for (int i = m.start(); i < m.end(); i++) {
                    if (dropped == null) {
                        dropped = new boolean[text.length()];
                    }
                    dropped[i] = true;
                }
            }
        }
        return dropped;
    }

    /** The plain characters a pattern starts with (更多资料 of 更多资料[^\n]…): absent from the text, no match. */
    static String literalPrefix(String regex) {
        StringBuilder lit = new StringBuilder();
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length() && !Character.isLetterOrDigit(regex.charAt(i + 1))) {
                lit.append(regex.charAt(++i));
                continue;
            }
            if ("[](){}.*+?^$|\\".indexOf(c) >= 0) {
                // A quantifier may apply to the last character taken: leave it out.
                if (("*?{".indexOf(c) >= 0) && lit.length() > 0) {
                    lit.setLength(lit.length() - 1);
                }
                break;
            }
            lit.append(c);
        }
        return lit.toString();
    }

    /** Every character's canonical form, looked up: the branches of {@link #foldOne} cost more, per character of a report. */
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            FOLDED[c] = foldOne((char) c);
        }
    }

    /** Maps one character to its canonical form; 0 means drop it. */
    static char fold(char c) {
        return FOLDED[c];
    }

    private static char foldOne(char c) {
        // The common case first: Chinese characters and printable ASCII stay as they are.
        if ((c >= '\u4E00' && c <= '\u9FFF') || (c > ' ' && c < '\u007F')) {
            return c;
        }
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        switch (c) {
            case '\u3000',
                    '\u00A0',
                    '\t',
                    '\u2002',
                    '\u2003',
                    '\u2004',
                    '\u2005',
                    '\u2006',
                    '\u2007',
                    '\u2008',
                    '\u2009',
                    '\u200A',
                    '\u202F',
                    '\u205F' -> {
                return ' ';
            }
            case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\r' -> {
                return 0;
            }
            case '\u2028', '\u2029', '\u000B', '\u000C' -> {
                return '\n';
            }
            default -> {
                return c;
            }
        }
    }

    private static boolean keepSpace(Output out, String original, boolean[] dropped, int i) {
        if (out.length() == 0) {
            return false;
        }
        char before = out.charAt(out.length() - 1);
        char after = nextKept(original, dropped, i + 1);
        return isLatinLetter(before) && isLatinLetter(after);
    }

    private static char nextKept(String original, boolean[] dropped, int from) {
        for (int j = from; j < original.length(); j++) {
            if (dropped != null && dropped[j]) {
                continue;
            }
            char c = fold(original.charAt(j));
            if (c != 0 && c != ' ') {
                return c;
            }
        }
        return 0;
    }

    private static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static void trimTrailingSpace(Output out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    /** A newline inside a sentence: a long line without closing punctuation, and no heading next. */
    private static boolean joinsNextLine(Output out, int lineStart, String original, boolean[] dropped, int i) {
        int lineLength = out.length() - lineStart;
        if (lineLength < MIN_BROKEN_LINE) {
            return false;
        }
        char last = out.charAt(out.length() - 1);
        if (TERMINAL.indexOf(last) >= 0) {
            return false;
        }
        char next = nextKept(original, dropped, i + 1);
        if (next == 0 || next == '\n') {
            return false;
        }
        return !startsHeading(original, dropped, i + 1);
    }

    private static boolean startsHeading(String original, boolean[] dropped, int from) {
        char first = nextKept(original, dropped, from);
        if ("一二三四五六七八九十(（第0123456789".indexOf(first) < 0) {
            return false;
        }
        StringBuilder head = new StringBuilder(24);
        for (int j = from; j < original.length() && head.length() < 24; j++) {
            if (dropped != null && dropped[j]) {
                continue;
            }
            char c = fold(original.charAt(j));
            if (c == '\n') {
                break;
            }
            if (c != 0 && c != ' ') {
                head.append(c);
            }
        }
        return HEADING.matcher(head).lookingAt();
    }

    private static final Pattern HEADING = Pattern.compile(
            "[一二三四五六七八九十]{1,3}、|[(][一二三四五六七八九十]{1,3}[)]|\\d{1,2}[、.](?!\\d)|第[一二三四五六七八九十]{1,3}[,、部章节]|\\d{4}年.{0,12}(政府工作报告|工作回顾)");
}
