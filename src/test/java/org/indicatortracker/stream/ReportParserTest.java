package org.indicatortracker.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReportParserTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void validUtf8DecodesToTheSameText() throws BadReport {
        String text = "全市地区生产总值完成1850.6亿元，同比增长2.8%。𠀀";
        assertThat(ReportParser.decode(utf8(text))).isEqualTo(text);
    }

    @Test
    void aReplacementCharacterTheSenderWroteIsText() throws BadReport {
        String text = "第\uFFFD季度增长5%";
        assertThat(ReportParser.decode(utf8(text))).isEqualTo(text);
    }

    @Test
    void malformedBytesAreRejectedEvenBesideAReplacementCharacter() {
        byte[] bad = {(byte) 0xE5, (byte) 0xA2};
        byte[] withReplacement = utf8("增长\uFFFD");
        byte[] value = new byte[withReplacement.length + bad.length];
        System.arraycopy(withReplacement, 0, value, 0, withReplacement.length);
        System.arraycopy(bad, 0, value, withReplacement.length, bad.length);
        assertThatThrownBy(() -> ReportParser.decode(value))
                .isInstanceOf(BadReport.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void overlongAndSurrogateEncodingsAreRejected() {
        // '/' as two bytes (overlong), and U+D800 encoded as UTF-8 (a surrogate is not a character).
        for (byte[] value : new byte[][] {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}}) {
            assertThatThrownBy(() -> ReportParser.decode(value)).isInstanceOf(BadReport.class);
        }
    }
}
