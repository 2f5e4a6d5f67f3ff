package org.indicatortracker.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.indicatortracker.report.Gazetteer;
import org.indicatortracker.report.RegionLevel;
import org.indicatortracker.stream.ReportEnvelope;

/**
 * Generates government work reports from templates written for this project: a review of the
 * previous year with its headline figures, a target list for the report year, and work paragraphs
 * that bring a report to the size asked for. The same region, year and seed always give the same
 * text, so that runs can be compared.
 */
public final class ReportGenerator {
    /** Real places, so that the tracker resolves them: cities and counties of the gazetteer, in code order. */
    private static final List<String> PLACES = Gazetteer.standard().regions().stream()
            .filter(r -> r.level() == RegionLevel.prefecture && r.name().endsWith("市")
                    || r.level() == RegionLevel.county_level_city
                    || r.level() == RegionLevel.county && r.name().endsWith("县"))
            .map(Gazetteer.standard()::displayName)
            .distinct()
            .toList();

    private static final String[] WORK = {
        "（{n}）坚持项目为王，扩大有效投资。实施重点项目{a}个，完成投资{b}亿元，新开工亿元以上项目{c}个，一批强基础、增后劲的重大项目加快建设。",
        "（{n}）深化改革开放，激发发展活力。推进营商环境优化提升行动，新增市场主体{c}户，政务服务事项网上可办率达到{d}%。",
        "（{n}）推进乡村振兴，建设宜居宜业和美乡村。新建高标准农田{a}万亩，改造农村公路{c}公里，农村居民生活水平持续提高。",
        "（{n}）办好民生实事，增进人民福祉。新建改扩建中小学和幼儿园{a}所，新增养老床位{c}张，城乡基本医疗保障水平稳步提高。",
        "（{n}）加强生态保护，推动绿色发展。完成造林绿化{a}万亩，空气质量优良天数比例达到{d}%，河湖长制全面落实。",
    };

    private final int targetBytes;

    /** @param targetBytes roughly how large each report should be, in UTF-8 bytes */
    public ReportGenerator(int targetBytes) {
        this.targetBytes = targetBytes;
    }

    /** A region and a year of a generated report. */
    public record Slot(String region, int year) {}

    /**
     * The {@code i}-th region-year when each region gets {@code yearsPerRegion} consecutive years from
     * {@code firstYear}: regions in turn, and once every place has had its years, the next years again.
     * Distinct for every {@code i}.
     */
    public static Slot slot(int i, int yearsPerRegion, int firstYear) {
        int regionIndex = i / yearsPerRegion;
        int round = regionIndex / PLACES.size();
        return new Slot(
                PLACES.get(regionIndex % PLACES.size()), firstYear + round * yearsPerRegion + i % yearsPerRegion);
    }

    /** {@code count} reports: consecutive years for each region, regions in turn. */
    public List<ReportEnvelope> reports(int count, int yearsPerRegion, int firstYear, long seed) {
        List<ReportEnvelope> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Slot s = slot(i, yearsPerRegion, firstYear);
            out.add(new ReportEnvelope(
                    s.region() + "-" + s.year(), null, null, null, null, report(s.region(), s.year(), seed)));
        }
        return out;
    }

    public String report(String region, int year, long seed) {
        Random r = new Random(seed * 31 + region.hashCode() * 17L + year);
        String place = region.endsWith("县") ? "全县" : region.endsWith("区") ? "全区" : "全市";
        StringBuilder s = new StringBuilder(targetBytes / 3 + 512);
        s.append("政府工作报告\n——")
                .append(year)
                .append("年1月")
                .append(5 + r.nextInt(20))
                .append("日在")
                .append(region)
                .append("第十届人民代表大会第")
                .append(1 + r.nextInt(4))
                .append("次会议上\n")
                .append(region)
                .append("人民政府")
                .append(region.endsWith("县") ? "县长" : region.endsWith("区") ? "区长" : "市长")
                .append(" 张明\n各位代表：\n现在，我代表")
                .append(place.substring(1))
                .append("人民政府，向大会报告工作，请予审议。\n");
        s.append("一、").append(year - 1).append("年工作回顾\n");
        s.append("过去一年，")
                .append(place)
                .append("上下迎难而上，经济运行稳中向好。")
                .append(r.nextBoolean() ? "预计" : "")
                .append(place)
                .append("地区生产总值完成")
                .append(fmt(800 + r.nextInt(4000), r))
                .append("亿元，同比增长")
                .append(pct(2, 8, r))
                .append("%；规模以上工业增加值增长")
                .append(pct(1, 10, r))
                .append("%；固定资产投资增长")
                .append(pct(-3, 12, r))
                .append("%；社会消费品零售总额完成")
                .append(fmt(200 + r.nextInt(1500), r))
                .append("亿元，增长")
                .append(pct(2, 9, r))
                .append("%；一般公共预算收入")
                .append(fmt(30 + r.nextInt(300), r))
                .append("亿元，增长")
                .append(pct(-2, 10, r))
                .append("%；居民人均可支配收入")
                .append(20000 + r.nextInt(40000))
                .append("元，增长")
                .append(pct(3, 8, r))
                .append("%；居民消费价格上涨")
                .append(pct(0, 3, r))
                .append("%。\n");
        s.append("新增城镇就业")
                .append(pct(1, 9, r))
                .append("万人，城镇调查失业率")
                .append(pct(4, 6, r))
                .append("%。粮食总产量")
                .append(fmt(10 + r.nextInt(90), r))
                .append("亿斤。单位地区生产总值能耗下降")
                .append(pct(1, 4, r))
                .append("%。\n");
        int n = 0;
        int half = targetBytes / 2;
        while (bytes(s) < half) {
            s.append(work(n++, r)).append('\n');
        }
        s.append("二、").append(year).append("年工作安排\n").append(year).append("年是承上启下的关键一年。\n");
        s.append("今年经济社会发展的主要预期目标是：地区生产总值增长")
                .append(pct(4, 7, r))
                .append("%左右，规模以上工业增加值增长")
                .append(pct(5, 9, r))
                .append("%以上，固定资产投资增长")
                .append(pct(4, 10, r))
                .append("%，社会消费品零售总额增长")
                .append(pct(5, 8, r))
                .append("%，一般公共预算收入增长")
                .append(pct(3, 7, r))
                .append("%，城镇调查失业率控制在5.5%以内，城镇新增就业")
                .append(pct(1, 8, r))
                .append("万人以上，居民消费价格涨幅3%左右，居民收入增长和经济增长同步，粮食产量稳定在")
                .append(5 + r.nextInt(50))
                .append("亿斤以上，单位地区生产总值能耗下降")
                .append(pct(1, 3, r))
                .append("%左右，进出口保持平稳增长。\n");
        while (bytes(s) < targetBytes) {
            s.append(work(n++, r)).append('\n');
        }
        s.append("各位代表，让我们团结一心、实干争先，为全面完成今年目标任务而努力奋斗！\n");
        return s.toString();
    }

    private static String work(int n, Random r) {
        return WORK[n % WORK.length]
                .replace("{n}", chineseOrdinal(n % 10 + 1))
                .replace("{a}", String.valueOf(10 + r.nextInt(200)))
                .replace("{b}", String.valueOf(50 + r.nextInt(900)))
                .replace("{c}", String.valueOf(5 + r.nextInt(3000)))
                .replace("{d}", pct(80, 99, r));
    }

    private static String chineseOrdinal(int n) {
        return "一二三四五六七八九十".substring(n - 1, n);
    }

    private static String pct(int low, int high, Random r) {
        return String.format(Locale.ROOT, "%.1f", Math.abs(low + r.nextDouble() * (high - low)));
    }

    private static String fmt(int whole, Random r) {
        return whole + "." + r.nextInt(10);
    }

    private static int bytes(StringBuilder s) {
        return s.length() * 3;
    }
}
