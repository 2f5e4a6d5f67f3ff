package org.indicatortracker.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FigureScannerTest {
    private static List<Figure> scan(String s) {
        return FigureScanner.scan(s, 0, s.length());
    }

    @Test
    void numbersWithoutUnitsAreNotFigures() {
        assertThat(scan("2023年第1位5G基站G240国道")).isEmpty();
    }

    @Test
    void multipliersStayInTheUnit() {
        Figure f = scan("完成1850.6亿元").get(0);
        assertThat(f.value()).isEqualTo(1850.6);
        assertThat(f.unit()).isEqualTo("亿元");
    }

    @Test
    void numbersReadAsDoubleParseDoubleReadsThem() {
        Random random = new Random(15);
        for (int n = 0; n < 20_000; n++) {
            int digits = 1 + random.nextInt(14);
            StringBuilder number = new StringBuilder();
            for (int d = 0; d < digits; d++) {
                number.append((char) ('0' + random.nextInt(10)));
            }
            int point = random.nextInt(digits + 1);
            if (point > 0 && point < digits && digits < 14) {
                number.insert(point, '.');
            }
            List<Figure> figures = scan("完成" + number + "亿元");
            assertThat(figures).as(number.toString()).hasSize(1);
            assertThat(figures.get(0).value()).as(number.toString()).isEqualTo(Double.parseDouble(number.toString()));
        }
        assertThat(scan("增长0.1%").get(0).value()).isEqualTo(0.1);
    }

    @Test
    void thousandsSeparatorIsNotAListComma() {
        assertThat(scan("收入1,234.5亿元").get(0).value()).isEqualTo(1234.5);
        assertThat(scan("分别增长5%,7%")).extracting(Figure::value).containsExactly(5.0, 7.0);
    }

    @Test
    void qualifiersAreRead() {
        assertThat(scan("6%以上").get(0).qualifier()).isEqualTo(Comparator.ge);
        assertThat(scan("6%左右").get(0).qualifier()).isEqualTo(Comparator.approx);
        assertThat(scan("5.5%以内").get(0).qualifier()).isEqualTo(Comparator.le);
    }

    @Test
    void percentWordsAndChineseNumeralsAreFigures() {
        assertThat(scan("百分之五点五").get(0).value()).isEqualTo(5.5);
        Figure jobs = scan("一千二百万人").get(0);
        assertThat(jobs.value()).isEqualTo(1200.0);
        assertThat(jobs.unit()).isEqualTo("万人");
    }

    @Test
    void chineseNumeralsParse() {
        assertThat(ChineseNumbers.parse("十二").getAsDouble()).isEqualTo(12);
        assertThat(ChineseNumbers.parse("二十").getAsDouble()).isEqualTo(20);
        assertThat(ChineseNumbers.parse("一百零五").getAsDouble()).isEqualTo(105);
        assertThat(ChineseNumbers.parse("一亿二千万").getAsDouble()).isEqualTo(1.2e8);
        assertThat(ChineseNumbers.parse("两万亿").getAsDouble()).isEqualTo(2e12);
        // The name of a plan period is no number: 十四 and then 五 with no unit between.
        assertThat(ChineseNumbers.parse("十四五")).isEmpty();
        assertThat(ChineseNumbers.parse("一五")).isEmpty();
        assertThat(ChineseNumbers.parse("")).isEmpty();
    }
}
