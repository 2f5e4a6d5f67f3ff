package org.indicatortracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.indicatortracker.extract.Lexicon;
import org.junit.jupiter.api.Test;

class ReportRecognizerTest {
    private final ReportRecognizer recognizer =
            new ReportRecognizer(Lexicon.loadDefault().leadIns());

    @Test
    void sessionLineGivesRegionDateAndYears() {
        ReportProfile p = recognizer.recognize(
                "政府工作报告\n——2024年2月1日在洛阳市第九届人民代表大会第三次会议上\n一、2023年工作回顾\n……\n二、2024年工作安排\n主要预期目标是:地区生产总值增长5%。");
        assertThat(p.region()).isEqualTo("洛阳市");
        assertThat(p.deliveredOn()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(p.reportYear()).isEqualTo(2024);
        assertThat(p.reviewYear()).isEqualTo(2023);
        assertThat(p.kind()).isEqualTo(DocumentKind.report);
        assertThat(p.level()).isEqualTo(RegionLevel.prefecture);
    }

    @Test
    void districtKeepsItsParentCity() {
        ReportProfile p = recognizer.recognize("2024年南昌市东湖区政府工作报告\n2024年1月5日在南昌市东湖区第三届人民代表大会第四次会议上\n");
        assertThat(p.region()).isEqualTo("南昌市东湖区");
        assertThat(p.level()).isEqualTo(RegionLevel.district);
    }

    @Test
    void decemberDeliveryPlansTheNextYear() {
        ReportProfile p =
                recognizer.recognize("政府工作报告\n——2022年12月20日在洛阳市第二届人民代表大会第二次会议上\n今年主要经济指标增速较快。\n明年主要预期目标是:地区生产总值增长5%。");
        assertThat(p.reportYear()).isEqualTo(2023);
        assertThat(p.reviewYear()).isEqualTo(2022);
    }

    @Test
    void lostDigitsInTheDateAreRead() {
        ReportProfile p = recognizer.recognize("政府工作报告\n——2023215日在洛阳市第十一届人民代表大会第次会议上\n");
        assertThat(p.deliveredOn()).isEqualTo(LocalDate.of(2023, 2, 15));
        assertThat(p.region()).isEqualTo("洛阳市");
    }

    @Test
    void nationalReportIsNational() {
        ReportProfile p = recognizer.recognize("政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理 某某\n一、2023年工作回顾\n");
        assertThat(p.region()).isEqualTo("全国");
        assertThat(p.level()).isEqualTo(RegionLevel.national);
    }

    @Test
    void textThatIsNoReportIsUnrecognised() {
        assertThat(recognizer.recognize("今天天气很好，我们去公园散步，看到了很多花。").kind()).isEqualTo(DocumentKind.unrecognised);
    }

    @Test
    void aQuotedTargetListIsAQuote() {
        ReportProfile p = recognizer.recognize("中共洛阳市委主办\n示例月刊\n……\n2024年经济发展主要预期目标是：经济增长6%，固定资产投资增长7%。");
        assertThat(p.kind()).isEqualTo(DocumentKind.quote);
        assertThat(p.region()).isEqualTo("洛阳市");
        assertThat(p.reportYear()).isEqualTo(2024);
    }

    @Test
    void collectionIsSplitAtTitleLinesButNotAtItsTableOfContents() {
        String text = "目录\n1.2024年甲市政府工作报告 1\n2.2024年乙市政府工作报告 9\n2024年甲市政府工作报告\n正文甲\n2024年乙市政府工作报告\n正文乙";
        assertThat(new ReportSplitter().split(text)).hasSize(2);
        assertThat(new ReportSplitter().split("2024年甲市政府工作报告\n正文")).hasSize(1);
    }

    @Test
    void pageFurnitureAfterTheLastSentenceIsNoTruncationButACutSentenceIs() {
        String head =
                "政府工作报告\n——2024年1月9日在洛阳市第九届人民代表大会第三次会议上\n一、2023年工作回顾\n经济平稳。\n" + "二、2024年工作安排\n主要预期目标是:地区生产总值增长5%。\n";
        assertThat(recognizer
                        .recognize(head + "让我们团结一心，为建设现代化洛阳市而努力奋斗！\n打印\n【关闭】\n")
                        .truncated())
                .isFalse();
        assertThat(recognizer.recognize(head + "（二）扩大有效投资。全年新开工重点项目一百二十个，其中").truncated())
                .isTrue();
    }

    @Test
    void sessionInChineseNumeralsAndBrokenOverLines() {
        ReportProfile p = recognizer.recognize("——二〇二一年一月十八日在厦门市\n\n第十五届人民代表大会第六次会议上\n各位代表：\n");
        assertThat(p.region()).isEqualTo("厦门市");
        assertThat(p.deliveredOn()).isEqualTo(LocalDate.of(2021, 1, 18));
        assertThat(p.reportYear()).isEqualTo(2021);
    }

    @Test
    void abbreviatedSessionWithAShortName() {
        ReportProfile p = recognizer.recognize("——2016年1月12日在恩施州七届人大六次会议上\n代州长 某某\n各位代表：\n");
        assertThat(p.region()).isEqualTo("恩施土家族苗族自治州");
        assertThat(p.regionCode()).isEqualTo("422800");
        assertThat(p.reportYear()).isEqualTo(2016);
    }

    @Test
    void withoutTitleOrDatelineTheBodyAndHeadingsDecide() {
        ReportProfile p = recognizer.recognize("各位代表：\n现在，我代表省人民政府向大会报告工作。\n一、2014年工作回顾\n"
                + "过去一年，江西经济平稳增长，江西人民生活改善，江西生态优势巩固。九江、赣州稳步发展。\n二、2015年工作安排\n");
        assertThat(p.region()).isEqualTo("江西省");
        assertThat(p.reportYear()).isEqualTo(2015);
        assertThat(p.reviewYear()).isEqualTo(2014);
        assertThat(p.kind()).isEqualTo(DocumentKind.report);
    }

    @Test
    void anAutonomousRegionIsNotTheWordAutonomousRegion() {
        ReportProfile p = recognizer.recognize(
                "各位代表：\n现在，我代表自治区人民政府，向大会报告工作。\n一、2022年工作回顾\n" + "一年来，宁夏经济回升向好，宁夏各族群众收入增加，宁夏发展稳中有进。\n");
        assertThat(p.region()).isEqualTo("宁夏回族自治区");
        assertThat(p.level()).isEqualTo(RegionLevel.provincial);
        assertThat(p.reportYear()).isEqualTo(2023);
    }

    @Test
    void aReviewOfAPlanPeriodDatesTheReport() {
        ReportProfile p = recognizer.recognize("各位代表：\n我代表市人民政府报告工作。\n一、“十三五”时期工作回顾\n" + "五年来，石家庄经济实力增强，石家庄城市品质提升。\n");
        assertThat(p.reportYear()).isEqualTo(2021);
        assertThat(p.region()).isEqualTo("石家庄市");
    }

    @Test
    void signalsThatDisagreeAreReportedNotHidden() {
        ReportProfile p = recognizer.recognize("2015年宿迁市政府工作报告\n——2015年1月19日在苏州市第四届人民代表大会第四次会议上\n各位代表：\n");
        assertThat(p.region()).isEqualTo("苏州市");
        assertThat(p.doubts()).singleElement().asString().contains("宿迁市");
    }

    @Test
    void aPlaceThatDoesNotExistIsNoRegion() {
        ReportProfile p = recognizer.recognize("政府工作报告\n——2023年1月12日在云溪市第十届人民代表大会第二次会议上\n各位代表：\n");
        assertThat(p.region()).isNull();
        assertThat(p.kind()).isEqualTo(DocumentKind.unrecognised);
    }

    @Test
    void statedRegionAndYearAreUsedEvenWhenTheTextSaysNothing() {
        ReportProfile p = recognizer.recognize("一年来，全省经济稳中有进。\n", new ReportRecognizer.Known("吉林省", 2020));
        assertThat(p.kind()).isEqualTo(DocumentKind.report);
        assertThat(p.region()).isEqualTo("吉林省");
        assertThat(p.regionCode()).isEqualTo("220000");
        assertThat(p.reportYear()).isEqualTo(2020);
        assertThat(p.reviewYear()).isEqualTo(2019);
        ReportProfile unknown = recognizer.recognize("一年来，全省经济稳中有进。\n", new ReportRecognizer.Known("云溪省", 2020));
        assertThat(unknown.kind()).isEqualTo(DocumentKind.unrecognised);
        assertThat(unknown.doubts()).singleElement().asString().contains("云溪省");
    }
}
