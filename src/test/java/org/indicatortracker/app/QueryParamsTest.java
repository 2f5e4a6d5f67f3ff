package org.indicatortracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryParamsTest {
    private static final Set<String> GOALS = Set.of("region", "year", "status", "page", "size");

    @Test
    void decodesChineseValues() {
        QueryParams p = QueryParams.parse("region=%E4%BA%91%E6%BA%AA%E5%B8%82&year=2023", GOALS);
        assertThat(p.get("region")).contains("云溪市");
        assertThat(GoalFilter.from(p).year()).contains(2023);
    }

    @Test
    void refusesWhatIsNotDocumented() {
        assertThatThrownBy(() -> QueryParams.parse("color=red", GOALS))
                .isInstanceOf(BadQuery.class)
                .hasMessageContaining("unknown");
        assertThatThrownBy(() -> QueryParams.parse("year=1&year=2", GOALS)).hasMessageContaining("twice");
        assertThatThrownBy(() -> QueryParams.parse("region=" + "x".repeat(65), GOALS))
                .hasMessageContaining("longer");
        assertThatThrownBy(() -> QueryParams.parse("region=%ZZ", GOALS)).hasMessageContaining("malformed");
        assertThatThrownBy(() -> QueryParams.parse("a=b&".repeat(300), GOALS))
                .hasMessageContaining("query string longer");
        assertThatThrownBy(() -> GoalFilter.from(QueryParams.parse("status=done", GOALS)))
                .hasMessageContaining("status");
        assertThatThrownBy(() -> QueryParams.parse("size=0", GOALS).integer("size", 50, 1, 500))
                .hasMessageContaining("between");
    }

    @Test
    void statusIsCaseInsensitive() {
        assertThat(GoalFilter.from(QueryParams.parse("status=met", GOALS)).status())
                .hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("MET"));
    }
}
