package org.indicatortracker.extract;

import java.util.OptionalDouble;

/** Chinese numerals: 五, 十二, 一千二百万, 三点五, 两亿. */
public final class ChineseNumbers {
    private ChineseNumbers() {}

    private static final boolean[] NUMERAL = new boolean[Character.MAX_VALUE + 1];

    static {
        for (char c : "零〇一二两三四五六七八九十百千万亿点".toCharArray()) {
            NUMERAL[c] = true;
        }
    }

    public static boolean isNumeral(char c) {
        return NUMERAL[c];
    }

    static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    static long unit(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            case '万' -> 10_000;
            case '亿' -> 100_000_000;
            default -> 0;
        };
    }

    /** The value of a whole string of Chinese numerals, or empty if it is not one. */
    public static OptionalDouble parse(String s) {
        if (s.isEmpty()) {
            return OptionalDouble.empty();
        }
        int point = s.indexOf('点');
        if (point >= 0) {
            OptionalDouble whole = parse(s.substring(0, point));
            String frac = s.substring(point + 1);
            if (whole.isEmpty() || frac.isEmpty()) {
                return OptionalDouble.empty();
            }
            StringBuilder digits = new StringBuilder("0.");
            for (char c : frac.toCharArray()) {
                int d = digit(c);
                if (d < 0) {
                    return OptionalDouble.empty();
                }
                digits.append(d);
            }
            return OptionalDouble.of(whole.getAsDouble() + Double.parseDouble(digits.toString()));
        }
        long total = 0;
        long section = 0;
        long number = 0;
        boolean any = false;
        for (char c : s.toCharArray()) {
            int d = digit(c);
            if (d >= 0) {
                // Two digits with no unit between (十四五, 一五) are a name, not a number; 一百零五 is one.
                if (d > 0 && number > 0) {
                    return OptionalDouble.empty();
                }
                number = d;
                any = true;
                continue;
            }
            long u = unit(c);
            if (u == 0) {
                return OptionalDouble.empty();
            }
            if (u >= 10_000) {
                if (section + number == 0 && total > 0) {
                    total *= u;
                    number = 0;
                    continue;
                }
                section = (section + number) * u;
                total += section;
                section = 0;
            } else {
                section += (number == 0 ? 1 : number) * u;
            }
            number = 0;
            any = true;
        }
        return any ? OptionalDouble.of(total + section + number) : OptionalDouble.empty();
    }
}
