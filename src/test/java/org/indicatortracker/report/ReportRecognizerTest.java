package org.indicatortracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportRecognizerTest {
    private final ReportRecognizer recognizer = new ReportRecognizer();

    @Test
    void sessionLineGivesRegionDateAndYears() {
        ReportProfile p = recognizer.recognize("政府工作报告\n——2024年2月1日在示例市第九届人民代表大会第三次会议上\n一、2023年工作回顾\n……\n二、2024年工作安排\n主要预期目标是:地区生产总值增长5%。");
        assertThat(p.region()).isEqualTo("示例市");
        assertThat(p.deliveredOn()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(p.reportYear()).isEqualTo(2024);
        assertThat(p.reviewYear()).isEqualTo(2023);
        assertThat(p.kind()).isEqualTo(DocumentKind.report);
        assertThat(p.level()).isEqualTo(RegionLevel.prefecture);
    }

    @Test
    void districtKeepsItsParentCity() {
        ReportProfile p = recognizer.recognize("2024年示例市东湖区政府工作报告\n2024年1月5日在示例市东湖区第三届人民代表大会第四次会议上\n");
        assertThat(p.region()).isEqualTo("示例市东湖区");
        assertThat(p.level()).isEqualTo(RegionLevel.district);
    }

    @Test
    void decemberDeliveryPlansTheNextYear() {
        ReportProfile p = recognizer.recognize("政府工作报告\n——2022年12月20日在示例市第二届人民代表大会第二次会议上\n今年主要经济指标增速较快。\n明年主要预期目标是:地区生产总值增长5%。");
        assertThat(p.reportYear()).isEqualTo(2023);
        assertThat(p.reviewYear()).isEqualTo(2022);
    }

    @Test
    void lostDigitsInTheDateAreRead() {
        ReportProfile p = recognizer.recognize("政府工作报告\n——2023215日在示例市第十一届人民代表大会第次会议上\n");
        assertThat(p.deliveredOn()).isEqualTo(LocalDate.of(2023, 2, 15));
        assertThat(p.region()).isEqualTo("示例市");
    }

    @Test
    void nationalReportIsNational() {
        ReportProfile p = recognizer.recognize("政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理 某某\n一、2023年工作回顾\n");
        assertThat(p.region()).isEqualTo("全国");
        assertThat(p.level()).isEqualTo(RegionLevel.national);
    }

    @Test
    void provinceAndCountyLevels() {
        assertThat(ReportRecognizer.level("河南省", "")).isEqualTo(RegionLevel.provincial);
        assertThat(ReportRecognizer.level("上海市", "")).isEqualTo(RegionLevel.provincial);
        assertThat(ReportRecognizer.level("示例县", "")).isEqualTo(RegionLevel.county);
        assertThat(ReportRecognizer.level("义乌市", "项目数量居金华各县(市、区)首位。金华市委部署")).isEqualTo(RegionLevel.county_level_city);
    }

    @Test
    void textThatIsNoReportIsUnrecognised() {
        assertThat(recognizer.recognize("今天天气很好，我们去公园散步，看到了很多花。").kind()).isEqualTo(DocumentKind.unrecognised);
    }

    @Test
    void aQuotedTargetListIsAQuote() {
        ReportProfile p = recognizer.recognize("中共示例市委主办\n示例月刊\n……\n2024年经济发展主要预期目标是：经济增长6%，固定资产投资增长7%。");
        assertThat(p.kind()).isEqualTo(DocumentKind.quote);
        assertThat(p.region()).isEqualTo("示例市");
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
        String head = "政府工作报告\n——2024年1月9日在示例市第九届人民代表大会第三次会议上\n一、2023年工作回顾\n经济平稳。\n"
                + "二、2024年工作安排\n主要预期目标是:地区生产总值增长5%。\n";
        assertThat(recognizer.recognize(head + "让我们团结一心，为建设现代化示例市而努力奋斗！\n打印\n【关闭】\n").truncated()).isFalse();
        assertThat(recognizer.recognize(head + "（二）扩大有效投资。全年新开工重点项目一百二十个，其中").truncated()).isTrue();
    }
}
