package org.indicatortracker.report;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Dates as reports print them: 2024年2月4日, 二〇二一年一月十八日, or damaged as 2023223日. */
final class ReportDates {
    static final String ARABIC = "(\\d{4})\\s?年\\s?(\\d{1,2})\\s?月\\s?(\\d{1,2})\\s?日";
    static final String CHINESE = "([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日";
    static final String DAMAGED = "(\\d{4})(\\d{2,4})日";

    private ReportDates() {}

    static LocalDate of(String y, String m, String d) {
        try {
            return LocalDate.of(number(y), number(m), number(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** 2023223 as 2023-2-23 or 2023-22-3: whichever is a date. */
    static LocalDate damaged(String y, String md) {
        LocalDate date = of(y, md.substring(0, 1), md.substring(1));
        return date != null || md.length() < 3 ? date : of(y, md.substring(0, 2), md.substring(2));
    }

    /** Arabic digits, digit-by-digit Chinese years (二〇二一), or Chinese numbers up to 99 (十八, 二十三). */
    static int number(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        if (s.length() == 4) {
            int v = 0;
            for (char c : s.toCharArray()) {
                v = v * 10 + digit(c);
            }
            return v;
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return digit(s.charAt(0));
        }
        int tens = ten == 0 ? 1 : digit(s.charAt(0));
        int units = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
        return tens * 10 + units;
    }

    private static int digit(char c) {
        int i = "〇一二三四五六七八九".indexOf(c);
        if (i >= 0) {
            return i;
        }
        if (c == '零' || c == '○') {
            return 0;
        }
        throw new NumberFormatException("not a digit: " + c);
    }
}
