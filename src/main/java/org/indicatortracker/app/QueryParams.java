package org.indicatortracker.app;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The query string of a request, bounded: only the parameters a route names, each once, each at
 * most {@link #MAX_VALUE} characters. Anything else is a {@link BadQuery}.
 */
public final class QueryParams {
    public static final int MAX_VALUE = 64;
    public static final int MAX_QUERY = 1024;
    private final Map<String, String> values;

    private QueryParams(Map<String, String> values) {
        this.values = values;
    }

    public static QueryParams parse(String rawQuery, Set<String> allowed) {
        Map<String, String> values = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return new QueryParams(values);
        }
        if (rawQuery.length() > MAX_QUERY) {
            throw new BadQuery("query string longer than " + MAX_QUERY + " characters");
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (!allowed.contains(name)) {
                throw new BadQuery("unknown parameter '" + name + "'; allowed: " + allowed);
            }
            if (value.length() > MAX_VALUE) {
                throw new BadQuery("parameter '" + name + "' longer than " + MAX_VALUE + " characters");
            }
            if (values.put(name, value) != null) {
                throw new BadQuery("parameter '" + name + "' given twice");
            }
        }
        return new QueryParams(values);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadQuery("malformed query string");
        }
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name)).filter(v -> !v.isEmpty());
    }

    public int integer(String name, int dflt, int min, int max) {
        Optional<String> v = get(name);
        if (v.isEmpty()) {
            return dflt;
        }
        try {
            int i = Integer.parseInt(v.get());
            if (i < min || i > max) {
                throw new BadQuery("'" + name + "' must be between " + min + " and " + max);
            }
            return i;
        } catch (NumberFormatException e) {
            throw new BadQuery("'" + name + "' must be a whole number");
        }
    }

    public boolean flag(String name) {
        return values.containsKey(name) && !"false".equals(values.get(name));
    }
}
