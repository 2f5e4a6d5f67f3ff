package org.indicatortracker.app;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.indicatortracker.verdict.GoalStatus;
import org.indicatortracker.verdict.Status;

/** Which goals a request asks for: every criterion optional. */
public record GoalFilter(
        Optional<String> region, Optional<Integer> year, Optional<String> indicator, Optional<Status> status) {
    public static final GoalFilter ALL =
            new GoalFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public static GoalFilter from(QueryParams p) {
        Optional<Integer> year = p.get("year").map(y -> {
            if (!y.matches("\\d{4}")) {
                throw new BadQuery("'year' must be a four-digit year");
            }
            return Integer.valueOf(y);
        });
        Optional<Status> status = p.get("status").map(s -> {
            try {
                return Status.valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadQuery("'status' must be one of " + Arrays.toString(Status.values()));
            }
        });
        return new GoalFilter(p.get("region"), year, p.get("indicator"), status);
    }

    public boolean test(GoalStatus g) {
        return region.map(r -> r.equals(g.region())).orElse(true)
                && year.map(y -> y == g.year()).orElse(true)
                && indicator
                        .map(i -> i.equals(g.indicator()) || i.equals(g.indicatorName()))
                        .orElse(true)
                && status.map(s -> s == g.status()).orElse(true);
    }

    /** The same filter as query parameters, for asking another instance. */
    public String toQuery() {
        StringBuilder q = new StringBuilder();
        region.ifPresent(r -> q.append("&region=").append(enc(r)));
        year.ifPresent(y -> q.append("&year=").append(y));
        indicator.ifPresent(i -> q.append("&indicator=").append(enc(i)));
        status.ifPresent(s -> q.append("&status=").append(s));
        return q.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
