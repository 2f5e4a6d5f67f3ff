package org.indicatortracker.report;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every region of the country with its official name, level, code and parent, read from the resource
 * that {@code gazetteer/generate.sh} makes from a maintained source (see {@code gazetteer/}). Names are
 * resolved here and nowhere else: a full name, a short name (伊犁, 伊犁州), a name qualified by its
 * parent (泰州市高港区), or one repeated suffix (连云港市市). Immutable and thread-safe.
 */
public final class Gazetteer {
    private static final String RESOURCE = "/gazetteer/regions.csv";
    private static final String[] SELF_WORDS = {"自治区", "地区", "省", "市", "州", "盟", "区", "县", "旗"};
    private static volatile Gazetteer standard;

    private final Map<String, Region> byCode = new LinkedHashMap<>();
    private final Map<String, List<Region>> byAlias = new HashMap<>();
    private final Map<String, Region> byDisplayName = new HashMap<>();
    private final Map<String, String> displayNames = new HashMap<>();
    private final NameTrie upperLevels = new NameTrie();

    private Gazetteer(List<Region> regions) {
        for (Region r : regions) {
            byCode.put(r.code(), r);
        }
        Map<String, Integer> nameCounts = new HashMap<>();
        regions.forEach(r -> nameCounts.merge(r.name(), 1, Integer::sum));
        for (Region r : regions) {
            for (String alias : aliases(r)) {
                byAlias.computeIfAbsent(alias, k -> new ArrayList<>()).add(r);
                if (!r.level().countyLevel()) {
                    upperLevels.add(alias, r);
                }
            }
            String display = qualifiedByParent(r, nameCounts.get(r.name()) > 1)
                    ? parent(r).map(Region::name).orElse("") + r.name()
                    : r.name();
            displayNames.put(r.code(), display);
            byDisplayName.putIfAbsent(display, r);
        }
    }

    /** Districts and counties, and county-level cities that share their name, are named with their parent. */
    private static boolean qualifiedByParent(Region r, boolean namesake) {
        return r.level() == RegionLevel.district
                || r.level() == RegionLevel.county
                || r.level() == RegionLevel.county_level_city && namesake;
    }

    /** The gazetteer shipped with the tracker. */
    public static Gazetteer standard() {
        Gazetteer g = standard;
        if (g == null) {
            synchronized (Gazetteer.class) {
                if (standard == null) {
                    standard = load();
                }
                g = standard;
            }
        }
        return g;
    }

    private static Gazetteer load() {
        CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.ALLOW_COMMENTS);
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<Region> regions = new ArrayList<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE);
                MappingIterator<Map<String, String>> rows =
                        csv.readerForMapOf(String.class).with(schema).readValues(in)) {
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                String former = row.getOrDefault("former", "");
                regions.add(new Region(
                        row.get("code"),
                        row.get("name"),
                        RegionLevel.valueOf(row.get("level")),
                        blankToNull(row.get("parent")),
                        blankToNull(row.get("short")),
                        former.isBlank() ? List.of() : List.of(former.split("\\|"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer " + RESOURCE, e);
        }
        return new Gazetteer(regions);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private List<String> aliases(Region r) {
        Set<String> out = new LinkedHashSet<>();
        out.add(r.name());
        out.addAll(r.formerNames());
        String shortName = r.shortName();
        if (shortName != null) {
            if (!r.level().countyLevel()) {
                out.add(shortName);
            }
            // 伊犁州, 长阳县, 阿拉善左旗: an autonomous area called by its stem and its kind.
            if (r.name().startsWith(shortName) && r.name().contains("自治")) {
                out.add(shortName + r.name().substring(r.name().length() - 1));
            }
        }
        parent(r)
                .filter(p -> r.level().countyLevel() && p.level() != RegionLevel.national)
                .ifPresent(p -> {
                    for (String name : names(r)) {
                        out.add(p.name() + name);
                        if (p.shortName() != null) {
                            out.add(p.shortName() + name);
                        }
                    }
                });
        return List.copyOf(out);
    }

    private static List<String> names(Region r) {
        List<String> all = new ArrayList<>();
        all.add(r.name());
        all.addAll(r.formerNames());
        return all;
    }

    public Optional<Region> byCode(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    public Region nation() {
        return byCode.get("100000");
    }

    public Optional<Region> parent(Region r) {
        return byCode(r.parentCode());
    }

    /** The provincial-level region a region lies in (itself for a province), empty for the nation. */
    public Optional<Region> province(Region r) {
        Region at = r;
        while (at != null && !at.level().provincialLevel()) {
            at = parent(at).orElse(null);
        }
        return Optional.ofNullable(at);
    }

    /** The name a fact carries: the official name, qualified by the parent for districts and counties. */
    public String displayName(Region r) {
        return displayNames.get(r.code());
    }

    /** The region of a name that a fact or a user gives: a display name, or any name that resolves alone. */
    public Optional<Region> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        Region r = byDisplayName.get(name);
        return r != null ? Optional.of(r) : resolve(name, null);
    }

    /** All regions an alias may stand for. */
    public List<Region> named(String alias) {
        return byAlias.getOrDefault(alias, List.of());
    }

    /**
     * The region a piece of text names, such as the place in a session line. {@code selfWord} is how the
     * report calls its own government (省, 市, 州, 自治区 …, or null), and decides between namesakes.
     */
    public Optional<Region> resolve(String text, String selfWord) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.strip();
        if (name.length() >= 2
                && name.charAt(name.length() - 1) == name.charAt(name.length() - 2)
                && isSelfWord(name.substring(name.length() - 1))) {
            name = name.substring(0, name.length() - 1);
        }
        List<Region> exact = named(name);
        if (!exact.isEmpty()) {
            return choose(exact, selfWord);
        }
        // 泰州市高港区 not listed as one alias, or 某某市某某县: a parent, then one of its children.
        for (int k = name.length() - 1; k >= 2; k--) {
            List<Region> parents = named(name.substring(0, k));
            if (parents.isEmpty()) {
                continue;
            }
            String rest = name.substring(k);
            List<Region> children = named(rest).stream()
                    .filter(c -> parents.stream().anyMatch(p -> isWithin(c, p)))
                    .toList();
            if (!children.isEmpty()) {
                return choose(children, selfWord);
            }
        }
        return Optional.empty();
    }

    private boolean isWithin(Region child, Region ancestor) {
        for (Region at = parent(child).orElse(null); at != null; at = parent(at).orElse(null)) {
            if (at.code().equals(ancestor.code())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSelfWord(String s) {
        for (String w : SELF_WORDS) {
            if (w.equals(s)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a region is one that calls its own government {@code selfWord} (我代表市人民政府 → a 市). */
    public static boolean fits(Region r, String selfWord) {
        if (selfWord == null) {
            return true;
        }
        return switch (selfWord) {
            case "区" -> r.level() == RegionLevel.district;
            case "自治区" -> r.level() == RegionLevel.provincial && r.name().endsWith("自治区");
            case "州" ->
                r.level() == RegionLevel.prefecture
                        && r.name().endsWith("州")
                        && !r.name().endsWith("市");
            default -> r.name().endsWith(selfWord);
        };
    }

    private static Optional<Region> choose(List<Region> candidates, String selfWord) {
        List<Region> fitting =
                candidates.stream().filter(r -> fits(r, selfWord)).toList();
        List<Region> pool = fitting.isEmpty() ? candidates : fitting;
        if (pool.size() == 1) {
            return Optional.of(pool.get(0));
        }
        // Namesakes at different levels (吉林省, 吉林市): the higher one, unless two share the top level.
        List<Region> sorted =
                pool.stream().sorted(Comparator.comparing(Region::level)).toList();
        return sorted.get(0).level() != sorted.get(1).level() ? Optional.of(sorted.get(0)) : Optional.empty();
    }

    /**
     * How often each region above the county level is named in {@code text[from, to)}, by any of its
     * names; a name shared by several regions counts for each.
     */
    public Map<Region, Integer> mentions(CharSequence text, int from, int to) {
        Map<Region, Integer> counts = new HashMap<>();
        int end = Math.min(to, text.length());
        for (int i = Math.max(0, from); i < end; ) {
            NameTrie.Match m = upperLevels.longestAt(text, i, end);
            if (m == null) {
                i++;
                continue;
            }
            for (Region r : m.regions()) {
                counts.merge(r, 1, Integer::sum);
            }
            i += m.length();
        }
        return counts;
    }

    public Collection<Region> regions() {
        return byCode.values();
    }
}
