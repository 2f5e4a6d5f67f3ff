package org.indicatortracker.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
                  城乡旅游收入: {parts: [urban_tourism, rural_tourism]}
                """);
        assertThatThrownBy(() -> Lexicon.load(Optional.of(file))).hasMessageContaining("urban_tourism");
    }

    @Test
    void aCompoundsWholeMustBeKnownAndItsPartsTwoAtLeast() throws Exception {
        Path unknownWhole = write("""
                compounds:
                  城乡收入: {parts: [urban_disposable_income, rural_disposable_income], whole: all_income}
                """);
        assertThatThrownBy(() -> Lexicon.load(Optional.of(unknownWhole))).hasMessageContaining("all_income");
        Path onePart = write("""
                compounds:
                  城镇收入: {parts: [urban_disposable_income]}
                """);
        assertThatThrownBy(() -> Lexicon.load(Optional.of(onePart))).hasMessageContaining("at least two");
        Lexicon lexicon = Lexicon.loadDefault();
        assertThat(lexicon.whole("城乡居民人均可支配收入")).map(Indicator::id).contains("disposable_income");
        assertThat(lexicon.partsOf("disposable_income"))
                .extracting(Indicator::id)
                .containsExactly("urban_disposable_income", "rural_disposable_income");
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

    @Test
    void anExtensionAddsIndicatorsAndNeverTheGrammarsWords() throws Exception {
        Path units = write("""
                units:
                  - {unit: 万辆, base: 辆, factor: 10000}
                """);
        assertThatThrownBy(() -> Lexicon.load(Optional.of(units))).hasMessageContaining("built-in");
    }

    @Test
    void aUnitWithoutItsBaseOrWithABadFactorIsAnError() throws Exception {
        Path noBase = write("""
                units:
                  - {unit: 万辆}
                """);
        assertThatThrownBy(() -> Lexicon.load(Optional.of(noBase))).hasMessageContaining("base");
        Path badFactor = write("""
                units:
                  - {unit: 万辆, base: 辆, factor: -1}
                """);
        assertThatThrownBy(() -> Lexicon.load(Optional.of(badFactor))).hasMessageContaining("factor");
    }

    @Test
    void theScannerAndTheVerdictsShareOneListOfUnits() {
        Vocabulary v = Vocabulary.standard();
        assertThat(v.unit("亿斤").orElseThrow().base()).isEqualTo("吨");
        assertThat(v.unit("亿斤").orElseThrow().factor()).isEqualTo(5.0e4);
        for (Vocabulary.Unit u : v.units()) {
            assertThat(FigureScanner.scan(
                            "增加12" + u.unit() + "。", 0, 4 + u.unit().length()))
                    .as(u.unit())
                    .singleElement()
                    .extracting(Figure::unit)
                    .isEqualTo(u.unit());
        }
    }

    @Test
    void aPredicateThatIsNoExpressionIsNamed() {
        assertThatThrownBy(() -> Vocabulary.alternatives("verbs", List.of("增长", "达到(")))
                .hasMessageContaining("predicates.verbs")
                .hasMessageContaining("达到(");
    }
}
