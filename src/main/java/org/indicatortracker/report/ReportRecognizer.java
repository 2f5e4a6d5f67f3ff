package org.indicatortracker.report;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads from a report's own text who delivered it, when, which year it plans and which it reviews,
 * and where its review and plan sections lie. Every pattern here is anchored or bounded, so the
 * regex engine cannot backtrack without limit on hostile input.
 */
public final class ReportRecognizer {
    private static final String CJK = "[\\u4e00-\\u9fa5]";
    private static final String PLACE = CJK + "{1,12}?(?:省|自治区|市|州|盟|地区|县|自治县|旗|区)";

    /** ——2024年2月4日在濮阳市第九届人民代表大会第三次会议上 */
    private static final Pattern SESSION = Pattern.compile(
            "(?m)^[-—]{0,2}(\\d{4})年(\\d{1,2})月(\\d{1,2})日在(" + CJK + "{0,16}?)第" + CJK + "{1,4}届(全国)?人民代表大会");
    /** The same with the 年 and 月 lost: ——2023223日在义马市第十一届… */
    private static final Pattern SESSION_DAMAGED = Pattern.compile(
            "(?m)^[-—]{0,2}(\\d{4})(\\d{2,4})日在(" + CJK + "{0,16}?)第" + CJK + "{0,4}届(全国)?人民代表大会");
    private static final Pattern TITLE = Pattern.compile(
            "(?m)^(\\d{4})年度?(" + CJK + "{2,16}?)(?:人民)?政府工作报告");
    private static final Pattern SPEAKER = Pattern.compile(
            "(?m)^(" + PLACE + ")(?:人民政府)?(?:代)?(?:省长|市长|县长|区长|州长|旗长|盟长|主席)");
    private static final Pattern DELEGATE = Pattern.compile("我代表(" + PLACE + ")人民政府");
    private static final Pattern MASTHEAD = Pattern.compile("中共(" + PLACE + ")委(?:员会)?主办");
    private static final Pattern NATIONAL = Pattern.compile("全国人民代表大会|国务院总理");
    private static final Pattern REVIEW_HEADING = Pattern.compile(
            "(?m)^(?:一|1)[、.]?\\s?(?:(\\d{4})年)?" + CJK + "{0,8}?(?:工作)?回顾|^(?:一|1)[、.]\\s?过去(?:一|五)年");
    private static final Pattern PLAN_HEADING = Pattern.compile(
            "(?m)^(?:二|三|2|3)[、.]\\s?(?:(\\d{4})年)?" + CJK + "{0,12}?(?:工作安排|总体要求|预期目标|主要目标|工作任务|重点工作|工作建议|目标任务)");
    private static final Pattern TARGET_CUE = Pattern.compile("(?:主要预期目标|主要目标|发展目标|预期目标)(?:是|为)?[:：]");
    private static final Pattern QUOTED_TARGETS = Pattern.compile("(\\d{4})年" + CJK + "{0,10}?主要预期目标(?:是|为)[:：]");
    private static final Pattern PARENT_CITY = Pattern.compile(
            "(" + CJK + "{2,3})市?各县[(（]市[、,]区[)）]");
    private static final Pattern LAST_YEAR_WORDS = Pattern.compile("(?m)^.{0,40}?(\\d{4})年是");
    private static final Pattern HEADLINE_ACTUAL_HINT = Pattern.compile("(?:增长|下降)\\d");

    /** Title, session line, speaker and masthead stand at the top of a document. */
    private static final int HEAD = 3000;

    public ReportProfile recognize(String text) {
        String top = text.substring(0, Math.min(text.length(), HEAD));
        Optional<Session> session = session(top);
        String region = session.map(Session::region).filter(r -> !r.isEmpty())
                .or(() -> group(TITLE, top, 2))
                .or(() -> group(SPEAKER, top, 1))
                .or(() -> group(DELEGATE, top, 1))
                .or(() -> group(MASTHEAD, top, 1))
                .orElse(null);
        boolean national = session.map(Session::national).orElse(false)
                || (region == null && NATIONAL.matcher(head(text)).find());
        if (national) {
            region = "全国";
        }

        Matcher review = headingLine(REVIEW_HEADING, text, "一1", 0);
        int reviewStart = review != null ? review.start() : -1;
        Integer reviewYear = review != null && review.group(1) != null ? Integer.valueOf(review.group(1)) : null;
        Matcher plan = headingLine(PLAN_HEADING, text, "二三23", Math.max(0, reviewStart + 1));
        int planStart = plan != null ? plan.start() : -1;
        Integer planYear = plan != null && plan.group(1) != null ? Integer.valueOf(plan.group(1)) : null;
        Matcher cue = TARGET_CUE.matcher(text);
        int cueAt = cue.find(Math.max(0, planStart)) ? cue.start() : (cue.find(0) ? cue.start() : -1);
        if (planStart < 0 && cueAt >= 0) {
            planStart = lineStart(text, cueAt);
        }

        LocalDate delivered = session.map(Session::date).orElse(null);
        Integer titleYear = group(TITLE, top, 1).map(Integer::valueOf).orElse(null);
        Integer reportYear = planYear;
        if (reportYear == null && titleYear != null) {
            reportYear = titleYear;
        }
        if (reportYear == null && delivered != null) {
            reportYear = delivered.getMonthValue() >= 11 ? delivered.getYear() + 1 : delivered.getYear();
        }
        if (reportYear == null && reviewYear != null) {
            reportYear = reviewYear + 1;
        }
        if (reviewYear == null && reportYear != null) {
            reviewYear = reportYear - 1;
        }

        boolean isReport = session.isPresent() || TITLE.matcher(top).find()
                || head(text).contains("政府工作报告") || (reviewStart >= 0 && planStart > reviewStart);
        DocumentKind kind;
        if (isReport && region != null && reportYear != null) {
            kind = DocumentKind.report;
        } else {
            Matcher quoted = QUOTED_TARGETS.matcher(text);
            if (region != null && quoted.find()) {
                kind = DocumentKind.quote;
                reportYear = Integer.valueOf(quoted.group(1));
                reviewYear = null;
                reviewStart = -1;
                planStart = lineStart(text, quoted.start());
            } else {
                kind = DocumentKind.unrecognised;
            }
        }

        int reviewEnd = -1;
        if (kind == DocumentKind.report) {
            if (reviewStart < 0) {
                reviewStart = firstHeadlineActual(text, planStart);
            }
            reviewEnd = planStart > reviewStart ? planStart : text.length();
        }
        boolean truncated = kind == DocumentKind.report && (planStart < 0 || !endsCleanly(text));
        return new ReportProfile(kind, region, level(region, text), reportYear,
                kind == DocumentKind.report ? reviewYear : null, delivered, truncated,
                reviewStart, reviewEnd, planStart, planStart >= 0 ? text.length() : -1);
    }

    /**
     * The first heading at or after {@code from} (a line start, or else the next line): only lines that
     * open with one of {@code firstChars} are tried, so the text is not scanned by the regex.
     */
    private static Matcher headingLine(Pattern heading, String text, String firstChars, int from) {
        Matcher m = heading.matcher(text);
        int lineStart = from == 0 || text.charAt(from - 1) == '\n' ? from : text.indexOf('\n', from) + 1;
        if (from > 0 && lineStart == 0) {
            return null;
        }
        while (lineStart < text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            if (firstChars.indexOf(text.charAt(lineStart)) >= 0 && m.region(lineStart, lineEnd).lookingAt()) {
                return m;
            }
            lineStart = lineEnd + 1;
        }
        return null;
    }

    /** Without a review heading, the review is what precedes the plan, from the first line that reports. */
    private static int firstHeadlineActual(String text, int planStart) {
        int limit = planStart >= 0 ? planStart : text.length();
        Matcher m = LAST_YEAR_WORDS.matcher(text);
        if (m.find() && m.start() < limit) {
            return m.start();
        }
        Matcher hint = HEADLINE_ACTUAL_HINT.matcher(text);
        if (hint.find() && hint.start() < limit) {
            return lineStart(text, hint.start());
        }
        return -1;
    }

    /**
     * Whether the text's last sentence is whole. Short trailing lines are page furniture (打印, 【关闭】,
     * a date), so the last line of some length decides.
     */
    private static boolean endsCleanly(String text) {
        int end = text.length();
        while (end > 0) {
            int start = text.lastIndexOf('\n', end - 1) + 1;
            String line = text.substring(start, end).strip();
            if (line.length() >= MIN_SENTENCE_LINE) {
                return "。!?！？”\")）".indexOf(line.charAt(line.length() - 1)) >= 0;
            }
            end = start - 1;
        }
        return false;
    }

    private static final int MIN_SENTENCE_LINE = 12;

    static RegionLevel level(String region, String text) {
        if (region == null) {
            return RegionLevel.unknown;
        }
        if (region.equals("全国")) {
            return RegionLevel.national;
        }
        if (region.endsWith("省") || region.endsWith("自治区")
                || region.matches("北京市|天津市|上海市|重庆市")) {
            return RegionLevel.provincial;
        }
        if (region.endsWith("区") || region.endsWith("特区")) {
            return RegionLevel.district;
        }
        if (region.endsWith("县") || region.endsWith("旗")) {
            return RegionLevel.county;
        }
        String stem = region.length() > 2 && region.endsWith("市") ? region.substring(0, region.length() - 1) : region;
        Matcher parent = PARENT_CITY.matcher(text);
        for (int at = text.indexOf("各县"); at >= 0; at = text.indexOf("各县", at + 2)) {
            if (!parent.region(Math.max(0, at - 4), Math.min(text.length(), at + 8)).find()) {
                continue;
            }
            // 三门峡各县(市、区) in 义马's report: a parent city that the text also names as 三门峡市.
            for (int k = 2; k <= parent.group(1).length(); k++) {
                String name = parent.group(1).substring(parent.group(1).length() - k);
                if (!stem.startsWith(name) && text.contains(name + "市")) {
                    return RegionLevel.county_level_city;
                }
            }
        }
        return RegionLevel.prefecture;
    }

    private record Session(LocalDate date, String region, boolean national) {
    }

    private static Optional<Session> session(String text) {
        Matcher m = SESSION.matcher(text);
        if (m.find()) {
            return Optional.of(new Session(date(m.group(1), m.group(2), m.group(3)), m.group(4), m.group(5) != null));
        }
        Matcher d = SESSION_DAMAGED.matcher(text);
        if (d.find()) {
            String md = d.group(2);
            LocalDate date = date(d.group(1), md.substring(0, 1), md.substring(1));
            if (date == null && md.length() >= 3) {
                date = date(d.group(1), md.substring(0, 2), md.substring(2));
            }
            return Optional.of(new Session(date, d.group(3), d.group(4) != null));
        }
        return Optional.empty();
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static Optional<String> group(Pattern p, String text, int g) {
        Matcher m = p.matcher(text);
        return m.find() ? Optional.of(m.group(g)) : Optional.empty();
    }

    private static String head(String text) {
        return text.substring(0, Math.min(text.length(), 400));
    }

    static int lineStart(String text, int at) {
        int nl = text.lastIndexOf('\n', Math.max(0, at - 1));
        return nl < 0 ? 0 : nl + 1;
    }
}
