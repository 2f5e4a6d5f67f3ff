package org.indicatortracker.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A lexicon file with a mistake is refused with the mistake named, never read with a default. */
class LexiconFileTest {

    private static Path write(String yaml) throws Exception {
        Path file = Files.createTempFile("lexicon", ".yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void aTypoInPolarityIsAnErrorNotAFloor() throws Exception {
        Path file = write("""
                indicators:
                  - id: tourism_revenue
                    name: 旅游总收入
                    polarity: lowr
                """);
        assertThatThrownBy(() -> Lexicon.load(Optional.of(file)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("lowr")
                .hasMessageContaining("line 4");
    }

    @Test
    void anUnknownKeyIsAnError() throws Exception {
        Path file = write("""
                indicators:
                  - id: tourism_revenue
                    name: 旅游总收入
                    synonym: [旅游综合收入]
                """);
        assertThatThrownBy(() -> Lexicon.load(Optional.of(file))).hasMessageContaining("synonym");
    }

    @Test
    void anEntryWithoutANameIsAnError() throws Exception {
        Path file = write("""
                indicators:
                  - id: tourism_revenue
                """);
        assertThatThrownBy(() -> Lexicon.load(Optional.of(file))).hasMessageContaining("name");
    }

    @Test
    void aCompoundOfAnUnknownIndicatorIsAnError() throws Exception {
        Path file = write("""
                compounds:
                  城乡旅游收入: [urban_tourism, rural_tourism]
                """);
        assertThatThrownBy(() -> Lexicon.load(Optional.of(file))).hasMessageContaining("urban_tourism");
    }

    @Test
    void theBuiltInLexiconIsValidAndLowerMeansACeiling() {
        Lexicon lexicon = Lexicon.loadDefault();
        assertThat(lexicon.indicator("cpi").polarity()).isEqualTo(Indicator.Polarity.LOWER);
        assertThat(lexicon.indicator("gdp").polarity()).isEqualTo(Indicator.Polarity.HIGHER);
    }

    @Test
    void theBenchmarkOfRelativeTargetsIsMarkedInTheLexiconAndOnlyOnce() throws Exception {
        assertThat(Lexicon.loadDefault().benchmark().id()).isEqualTo("gdp");
        Path file = write("""
                indicators:
                  - id: tourism_revenue
                    name: 旅游总收入
                    benchmark: true
                """);
        assertThatThrownBy(() -> Lexicon.load(Optional.of(file))).hasMessageContaining("two benchmarks");
    }
}
