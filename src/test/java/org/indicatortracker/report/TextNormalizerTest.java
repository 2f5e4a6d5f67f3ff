package org.indicatortracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    private final TextNormalizer normalizer = new TextNormalizer(List.of(Pattern.compile("广告：[^\\n]{0,10}?。")));

    @Test
    void fullWidthDigitsAndSignsBecomeHalfWidth() {
        assertThat(normalizer.normalize("增长６．５％，下降－１").text()).isEqualTo("增长6.5%,下降-1");
    }

    @Test
    void spacesInsideNumbersAndBetweenChineseGo() {
        assertThat(normalizer.normalize("2023 年增长 4.6 %，政 府 工 作 报 告").text()).isEqualTo("2023年增长4.6%,政府工作报告");
    }

    @Test
    void spacesBetweenLatinLettersStay() {
        assertThat(normalizer.normalize("R&D 投入 and more").text()).isEqualTo("R&D投入and more");
    }

    @Test
    void zeroWidthCharactersGo() {
        assertThat(normalizer.normalize("增\u200B长\uFEFF5%").text()).isEqualTo("增长5%");
    }

    @Test
    void aLongLineBrokenMidSentenceIsJoinedButHeadingsStay() {
        String text = "全市地区生产总值完成1200亿元，同比增长，这是一个足够长的句子用来测试断行\n的合并。\n二、2024年工作安排\n";
        NormalizedText n = normalizer.normalize(text);
        assertThat(n.text()).contains("测试断行的合并。\n二、2024年工作安排");
    }

    @Test
    void noiseIsRemovedAndOffsetsStillPointIntoTheOriginal() {
        String original = "全市 生产总值增长５％广告：关注我们。增长";
        NormalizedText n = normalizer.normalize(original);
        assertThat(n.text()).isEqualTo("全市生产总值增长5%增长");
        int start = n.text().indexOf("生产总值");
        int end = n.text().indexOf("%") + 1;
        assertThat(n.originalSlice(start, end)).isEqualTo("生产总值增长５％");
    }
}
