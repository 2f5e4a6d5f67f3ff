package org.indicatortracker.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import org.indicatortracker.testing.Reports;
import org.indicatortracker.testing.Shared;
import org.junit.jupiter.api.Test;

/** The bars of the recognition issue, on the 1,232 real reports of ../shared/corpus and their manifest. */
class CorpusRecognitionTest {

    @Test
    void realReportsAreReadAsTheirRegionAndYears() throws Exception {
        CorpusEvaluation.Result r = new CorpusEvaluation(Reports.EXTRACTOR).evaluate(Shared.corpus(), n -> {});
        String report = CorpusEvaluation.format(r);
        assertThat(r.total().reports()).as(report).isGreaterThan(1000);
        assertThat(r.total().recognition()).as(report).isGreaterThanOrEqualTo(0.99);
        assertThat(r.total().foreignShare()).as(report).isLessThanOrEqualTo(0.005);
        assertThat(r.byLevel().values())
                .as(report)
                .allSatisfy(t -> assertThat(t.recognition()).isGreaterThanOrEqualTo(0.98));
    }
}
