package org.indicatortracker.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Finds the figures of a text: Arabic or Chinese numbers that carry a unit, with ranges and trailing
 * qualifiers. A single forward scan with bounded look-ahead: linear in the text, no backtracking.
 * A number without a unit (years, ranks, ordinals, names such as 5G) is not a figure.
 */
public final class FigureScanner {
    /** The lexicon's units, longest first, so that 个百分点 wins over 个 and 万亿元 over 亿元. */
    private static final String[] UNITS =
            Vocabulary.standard().units().stream().map(Vocabulary.Unit::unit).toArray(String[]::new);

    /** The lexicon's qualifiers (以上, 左右, 以内 …), longest first. */
    private static final List<Map.Entry<String, Comparator>> QUALIFIERS =
            Vocabulary.standard().qualifiers();

    private static final String RANGE_MARKS = "-—–~～至到";
    private static final int MAX_DIGITS = 15;

    private FigureScanner() {}

    public static List<Figure> scan(String text, int from, int to) {
        List<Figure> figures = new ArrayList<>();
        int i = from;
        while (i < to) {
            Figure f = figureAt(text, i, to);
            if (f != null) {
                figures.add(f);
                i = f.end();
            } else {
                i = skipToken(text, i, to);
            }
        }
        return figures;
    }

    /** Past the number or numeral run at i (so that 2023 is never re-read as 023), or one char. */
    private static int skipToken(String text, int i, int to) {
        char c = text.charAt(i);
        int j = i + 1;
        if (isDigit(c)) {
            while (j < to && (isDigit(text.charAt(j)) || text.charAt(j) == '.')) {
                j++;
            }
        } else if (ChineseNumbers.isNumeral(c)) {
            while (j < to && ChineseNumbers.isNumeral(text.charAt(j))) {
                j++;
            }
        }
        return j;
    }

    private static Figure figureAt(String text, int i, int to) {
        char c = text.charAt(i);
        if (isDigit(c)) {
            if (i > 0 && (isLatin(text.charAt(i - 1)) || isDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
                return null;
            }
            return arabic(text, i, to);
        }
        if (text.startsWith("正增长", i) && i + 3 <= to) {
            return Figure.wordedGrowth(i, i + 3, Comparator.gt);
        }
        // 由负转正, 逆势转正, 增幅为正: above zero, as 正增长.
        if (text.startsWith("转正", i) && i + 2 <= to) {
            return Figure.wordedGrowth(i, i + 2, Comparator.gt);
        }
        if (text.startsWith("为正", i)
                && i + 2 <= to
                && i >= 2
                && (text.startsWith("增幅", i - 2) || text.startsWith("增速", i - 2) || text.startsWith("增长", i - 2))) {
            return Figure.wordedGrowth(i, i + 2, Comparator.gt);
        }
        // 持平 is a growth of zero, but 持平于全省 compares with another region, which RegionComparisons reads.
        // Nor is 持 of 保持, 维持, 坚持 (保持平稳增长) a 持平.
        if (text.startsWith("持平", i)
                && i + 2 <= to
                && !(i + 2 < to && text.charAt(i + 2) == '于')
                && !(i > 0 && "保维坚支扶主把".indexOf(text.charAt(i - 1)) >= 0)
                && !againstRegion(text, i)) {
            return Figure.wordedGrowth(i, i + 2, Comparator.eq);
        }
        if (text.startsWith("百分之", i)) {
            return percentWords(text, i, to);
        }
        if (ChineseNumbers.isNumeral(c) && (i == 0 || !ChineseNumbers.isNumeral(text.charAt(i - 1)))) {
            return chinese(text, i, to);
        }
        return null;
    }

    private static Figure arabic(String text, int start, int to) {
        int[] end = new int[1];
        Double value = readNumber(text, start, to, end);
        if (value == null) {
            return null;
        }
        int j = end[0];
        if (j < to && isLatin(text.charAt(j))) {
            return null;
        }
        // 67700多亿元, 300余家: more than the number, in the unit after 多 or 余.
        boolean more =
                j + 1 < to && (text.charAt(j) == '多' || text.charAt(j) == '余') && unitAt(text, j + 1, to) != null;
        if (more) {
            j++;
        }
        String unit = unitAt(text, j, to);
        if (unit != null) {
            j += unit.length();
        }
        Double high = null;
        if (j < to && RANGE_MARKS.indexOf(text.charAt(j)) >= 0) {
            int k = j;
            while (k < to && RANGE_MARKS.indexOf(text.charAt(k)) >= 0 && k - j < 2) {
                k++;
            }
            if (k < to && isDigit(text.charAt(k))) {
                int[] end2 = new int[1];
                Double second = readNumber(text, k, to, end2);
                String unit2 = second == null ? null : unitAt(text, end2[0], to);
                if (second != null && unit2 != null && (unit == null || unit.equals(unit2)) && second > value) {
                    high = second;
                    unit = unit2;
                    j = end2[0] + unit2.length();
                }
            }
        }
        if (unit == null) {
            return null;
        }
        Figure f = withQualifier(text, start, j, to, value, high, unit);
        return more && f.qualifier() == null ? f.withQualifier(Comparator.gt) : f;
    }

    private static Figure percentWords(String text, int start, int to) {
        int j = start + 3;
        int k = j;
        while (k < to && ChineseNumbers.isNumeral(text.charAt(k)) && k - j < MAX_DIGITS) {
            k++;
        }
        OptionalDouble v = ChineseNumbers.parse(text.substring(j, k));
        if (v.isEmpty()) {
            return null;
        }
        return withQualifier(text, start, k, to, v.getAsDouble(), null, "%");
    }

    private static Figure chinese(String text, int start, int to) {
        int k = start;
        while (k < to && ChineseNumbers.isNumeral(text.charAt(k)) && k - start < MAX_DIGITS) {
            k++;
        }
        // A trailing 万 or 亿 belongs to the unit (一千二百万人 → 1200 万人), as it does for Arabic figures.
        int numberEnd = k;
        while (numberEnd > start + 1 && (text.charAt(numberEnd - 1) == '万' || text.charAt(numberEnd - 1) == '亿')) {
            numberEnd--;
        }
        String unit = unitAt(text, numberEnd, to);
        if (unit == null || numberEnd + unit.length() < k || !holdsDigitNumeral(text, start, numberEnd)) {
            return null;
        }
        OptionalDouble v = ChineseNumbers.parse(text.substring(start, numberEnd));
        if (v.isEmpty()) {
            return null;
        }
        return withQualifier(text, start, numberEnd + unit.length(), to, v.getAsDouble(), null, unit);
    }

    /** 与全省基本持平: level with another region, which RegionComparisons reads, not a growth of zero. */
    private static boolean againstRegion(String text, int at) {
        int from = Math.max(0, at - 5);
        String before = text.substring(from, at);
        return before.contains("全国")
                || before.contains("全省")
                || before.contains("全市")
                || before.contains("全区")
                || before.contains("全州");
    }

    /** 亿元 or 万人 alone is a unit, not a number: a Chinese number holds a digit (一 … 九, 两, 零) or 十. */
    private static boolean holdsDigitNumeral(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if ("零〇一二两三四五六七八九十".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static Figure withQualifier(String text, int start, int j, int to, double value, Double high, String unit) {
        Comparator qualifier = high != null ? Comparator.range : null;
        for (Map.Entry<String, Comparator> q : QUALIFIERS) {
            if (text.startsWith(q.getKey(), j) && j + q.getKey().length() <= to) {
                if (qualifier == null) {
                    qualifier = q.getValue();
                }
                j += q.getKey().length();
                break;
            }
        }
        return new Figure(start, j, value, high, unit, qualifier);
    }

    /** Reads 1850.6 or 1,850.6; end[0] is set past the number. */
    private static Double readNumber(String text, int start, int to, int[] end) {
        // The digits as a whole number and a count of decimals: fewer than MAX_DIGITS of them are
        // exact in a double, so one division gives what Double.parseDouble would (JFR: the parse and
        // its StringBuilder were a twentieth of the extraction, at every number of a report).
        int length = 0;
        long whole = 0;
        int decimals = 0;
        int j = start;
        boolean point = false;
        while (j < to && length < MAX_DIGITS) {
            char c = text.charAt(j);
            if (isDigit(c)) {
                whole = whole * 10 + (c - '0');
                length++;
                if (point) {
                    decimals++;
                }
            } else if (c == '.' && !point && j + 1 < to && isDigit(text.charAt(j + 1))) {
                point = true;
                length++;
            } else if (c == ','
                    && !point
                    && j + 3 < to
                    && isDigit(text.charAt(j + 1))
                    && isDigit(text.charAt(j + 2))
                    && isDigit(text.charAt(j + 3))
                    && (j + 4 >= to || !isDigit(text.charAt(j + 4)))) {
                // a thousands separator, not a list comma (增长5%,7%)
            } else {
                break;
            }
            j++;
        }
        if (length == 0 || length >= MAX_DIGITS) {
            return null;
        }
        end[0] = j;
        return decimals == 0 ? (double) whole : whole / POWERS_OF_TEN[decimals];
    }

    /** 10^0 … 10^(MAX_DIGITS - 1), each exact in a double. */
    private static final double[] POWERS_OF_TEN = new double[MAX_DIGITS];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int k = 1; k < MAX_DIGITS; k++) {
            POWERS_OF_TEN[k] = POWERS_OF_TEN[k - 1] * 10;
        }
    }

    private static String unitAt(String text, int j, int to) {
        for (String u : UNITS) {
            if (j + u.length() <= to && text.startsWith(u, j)) {
                return u;
            }
        }
        return null;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
