package org.indicatortracker.testing;

import org.indicatortracker.extract.Fact;

/** Facts for tests: a fact of report "r" about 洛阳市 in 2023, to be changed where a test cares. */
public final class Facts {
    private Facts() {}

    public static Fact.Builder fact(Fact.Role role) {
        return Fact.builder()
                .reportId("r")
                .region("洛阳市", "410300")
                .role(role)
                .year(2023)
                .span(0, 1);
    }
}
