package org.indicatortracker.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The indicator lexicon, loaded from {@code lexicon/indicators.yaml} and optionally extended by a
 * user's file of the same shape. Finds indicator mentions by longest match over a trie, so a scan is
 * linear in the text whatever the size of the lexicon.
 */
public final class Lexicon {
    public static final String RESOURCE = "/lexicon/indicators.yaml";
    private static final int GAP = 12;
    private static final String GAP_STOP = "。;!?\n";

    private final Map<String, Indicator> byId = new LinkedHashMap<>();
    private final Trie surfaces = new Trie();
    private final Trie blockers = new Trie();
    private final Map<String, Indicator> wholes = new HashMap<>();
    private final Map<String, List<Indicator>> partsOf = new HashMap<>();
    private final List<GapSynonym> gapSynonyms = new ArrayList<>();
    private final List<String> sentenceEstimateCues = new ArrayList<>();
    private final List<String> sectionEstimateCues = new ArrayList<>();
    private final List<Pattern> noise = new ArrayList<>();
    private final List<String> measureHeads = new ArrayList<>();
    private final List<String> leadIns = new ArrayList<>();
    private Indicator benchmark;
    /** Characters that can open a surface, a blocker or a gap synonym: every other position is skipped at once. */
    private final boolean[] opens = new boolean[Character.MAX_VALUE + 1];

    private final boolean[] gapOpens = new boolean[Character.MAX_VALUE + 1];

    private record GapSynonym(String head, String tail, Indicator indicator) {}

    private Lexicon() {}

    public static Lexicon loadDefault() {
        return load(Optional.empty());
    }

    /** The built-in lexicon, extended (and overridden by id) by {@code extension} when given. */
    public static Lexicon load(Optional<Path> extension) {
        Lexicon lexicon = new Lexicon();
        lexicon.add(builtInFile());
        if (extension.isPresent()) {
            LexiconFile more;
            try {
                more = read(Files.readAllBytes(extension.get()), extension.get().toString());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read lexicon " + extension.get(), e);
            }
            if (!more.units().isEmpty() || !more.qualifiers().isEmpty() || more.predicates() != null) {
                throw new IllegalArgumentException(
                        "lexicon " + extension.get()
                                + ": units, qualifiers and predicates are the built-in lexicon's; an extension adds indicators");
            }
            lexicon.add(more);
        }
        return lexicon;
    }

    /** The built-in lexicon file as written. */
    static LexiconFile builtInFile() {
        try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("lexicon resource missing: " + RESOURCE);
            }
            return read(in.readAllBytes(), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon", e);
        }
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS);

    private static LexiconFile read(byte[] yaml, String source) {
        try {
            return YAML.readValue(yaml, LexiconFile.class);
        } catch (JsonProcessingException e) {
            String where =
                    e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new IllegalArgumentException(
                    "lexicon " + source + " is not valid" + where + ": "
                            + e.getOriginalMessage().lines().findFirst().orElse(""),
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + source, e);
        }
    }

    private void add(LexiconFile file) {
        for (LexiconFile.Entry entry : file.indicators()) {
            Indicator indicator = new Indicator(
                    entry.id(),
                    entry.name(),
                    entry.polarity() == LexiconFile.Polarity.lower
                            ? Indicator.Polarity.LOWER
                            : Indicator.Polarity.HIGHER,
                    entry.unit(),
                    entry.headline());
            if (indicator.id().isBlank() || indicator.name().isBlank()) {
                throw new IllegalArgumentException("lexicon entry without id or name: " + entry);
            }
            byId.put(indicator.id(), indicator);
            if (entry.benchmark()) {
                if (benchmark != null && !benchmark.id().equals(indicator.id())) {
                    throw new IllegalArgumentException(
                            "lexicon marks two benchmarks: " + benchmark.id() + " and " + indicator.id());
                }
                benchmark = indicator;
            }
            surfaces.put(indicator.name(), List.of(indicator));
            opens[indicator.name().charAt(0)] = true;
            for (String s : entry.synonyms()) {
                int gap = s.indexOf('…');
                if (gap > 0) {
                    gapSynonyms.add(new GapSynonym(s.substring(0, gap), s.substring(gap + 1), indicator));
                    gapOpens[s.charAt(0)] = true;
                } else {
                    surfaces.put(s, List.of(indicator));
                }
                opens[s.charAt(0)] = true;
            }
        }
        file.compounds().forEach((surface, compound) -> {
            List<Indicator> parts = new ArrayList<>();
            for (String id : compound.parts()) {
                parts.add(known(id, surface));
            }
            surfaces.put(surface, List.copyOf(parts));
            opens[surface.charAt(0)] = true;
            if (compound.whole() != null) {
                Indicator whole = known(compound.whole(), surface);
                wholes.put(surface, whole);
                partsOf.putIfAbsent(whole.id(), List.copyOf(parts));
            }
        });
        for (String b : file.blockers()) {
            blockers.put(b, List.of());
            opens[b.charAt(0)] = true;
        }
        sentenceEstimateCues.addAll(file.estimateCues().sentence());
        sectionEstimateCues.addAll(file.estimateCues().section());
        measureHeads.addAll(file.measureHeads());
        file.leadIns().stream().filter(w -> !leadIns.contains(w)).forEach(leadIns::add);
        for (String p : file.noise()) {
            noise.add(Pattern.compile(p));
        }
        surfaces.indexRoot();
        blockers.indexRoot();
    }

    private Indicator known(String id, String compound) {
        return find(id).orElseThrow(() ->
                new IllegalArgumentException("lexicon compound " + compound + " names an unknown indicator: " + id));
    }

    /** The indicator a compound surface means when it is not split (城乡居民人均可支配收入 → 居民人均可支配收入). */
    public Optional<Indicator> whole(String surface) {
        return Optional.ofNullable(wholes.get(surface));
    }

    /** The indicators a whole is made of (居民人均可支配收入 → 城镇, 农村), or none. */
    public List<Indicator> partsOf(String id) {
        return partsOf.getOrDefault(id, List.of());
    }

    /** The indicator that relative targets are measured against (居民收入与经济增长同步): marked in the lexicon. */
    public Indicator benchmark() {
        if (benchmark == null) {
            throw new IllegalStateException("the lexicon marks no indicator as the benchmark (benchmark: true)");
        }
        return benchmark;
    }

    public Indicator indicator(String id) {
        Indicator indicator = byId.get(id);
        if (indicator == null) {
            throw new IllegalArgumentException("unknown indicator id: " + id);
        }
        return indicator;
    }

    public Optional<Indicator> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Indicator> indicators() {
        return List.copyOf(byId.values());
    }

    public List<String> sentenceEstimateCues() {
        return List.copyOf(sentenceEstimateCues);
    }

    public List<String> sectionEstimateCues() {
        return List.copyOf(sectionEstimateCues);
    }

    /** The words that head a plan's target list (主要预期目标是：), longest first. */
    public List<String> leadIns() {
        return leadIns.stream().sorted((a, b) -> b.length() - a.length()).toList();
    }

    /** The words an indicator's name ends with (率, 投资, 增加值 …): what names an indicator the lexicon does not know. */
    public List<String> measureHeads() {
        return List.copyOf(measureHeads);
    }

    public List<Pattern> noise() {
        return List.copyOf(noise);
    }

    /** The indicators an exact surface names, if it is one. */
    public Optional<List<Indicator>> lookup(String surface) {
        Trie.Match m = surfaces.longestMatch(surface, 0, surface.length());
        return m != null && m.end() == surface.length() ? Optional.of(m.value()) : Optional.empty();
    }

    /** Every indicator mention in text[from, to), left to right, longest match first, none overlapping. */
    public List<IndicatorMention> mentions(String text, int from, int to) {
        List<IndicatorMention> found = new ArrayList<>();
        int blockedUntil = from;
        int i = from;
        while (i < to) {
            if (!opens[text.charAt(i)]) {
                i++;
                continue;
            }
            int blockEnd = blockers.longestMatchEnd(text, i, to);
            if (blockEnd > 0) {
                blockedUntil = Math.max(blockedUntil, blockEnd);
            }
            Trie.Match m = surfaces.longestMatch(text, i, to);
            Trie.Match gap = m == null ? gapMatch(text, i, to) : null;
            Trie.Match best = m != null ? m : gap;
            if (best != null
                    && i >= blockedUntil
                    && !insideLatinWord(text, i)
                    && !endOfLongerNoun(text, i, best.end())) {
                found.add(new IndicatorMention(i, best.end(), text.substring(i, best.end()), best.value()));
                i = best.end();
                continue;
            }
            i++;
        }
        return found;
    }

    /** What may stand before a name of two characters that begins a mention: a break, a joiner, a place, a verb. */
    private static final String BEFORE_SHORT_NAME = "、,;:。和及与年市省县区州国现成中计的\n";

    /** 出口 in 锂电产品出口 is a product's exports, not the region's: a two-character name at the end of a longer noun. */
    private static boolean endOfLongerNoun(String text, int start, int end) {
        if (end - start > 2 || start == 0) {
            return false;
        }
        char before = text.charAt(start - 1);
        return before >= '\u4e00' && before <= '\u9fff' && BEFORE_SHORT_NAME.indexOf(before) < 0;
    }

    /** M2 in PM2.5 is no money supply: a Latin surface must not continue a Latin word. */
    private static boolean insideLatinWord(String text, int i) {
        return i > 0 && isLatin(text.charAt(i)) && isLatin(text.charAt(i - 1));
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private Trie.Match gapMatch(String text, int i, int to) {
        if (!gapOpens[text.charAt(i)]) {
            return null;
        }
        for (GapSynonym g : gapSynonyms) {
            if (!text.startsWith(g.head(), i)) {
                continue;
            }
            int limit = Math.min(to, i + g.head().length() + GAP + g.tail().length());
            for (int j = i + g.head().length(); j + g.tail().length() <= limit; j++) {
                if (GAP_STOP.indexOf(text.charAt(j)) >= 0) {
                    break;
                }
                if (text.startsWith(g.tail(), j)) {
                    return new Trie.Match(j + g.tail().length(), List.of(g.indicator()));
                }
            }
        }
        return null;
    }

    /** A character trie from surface to indicators; children in sorted arrays, searched without boxing. */
    static final class Trie {
        record Match(int end, List<Indicator> value) {}

        private char[] keys = new char[0];
        private Trie[] children = new Trie[0];
        private List<Indicator> value;
        /**
         * The root's children by character, from its lowest key: the root is searched at every position
         * that may open a mention, and a binary search over its hundreds of keys was a tenth of the
         * extraction's time on real reports (JFR). Null until {@link #indexRoot}, and after a put.
         */
        private Trie[] rootIndex;

        private char rootIndexFrom;

        void put(String key, List<Indicator> v) {
            rootIndex = null;
            Trie node = this;
            for (int i = 0; i < key.length(); i++) {
                node = node.childOrCreate(key.charAt(i));
            }
            node.value = v;
        }

        private Trie childOrCreate(char c) {
            int at = Arrays.binarySearch(keys, c);
            if (at >= 0) {
                return children[at];
            }
            int insert = -at - 1;
            char[] k = new char[keys.length + 1];
            Trie[] n = new Trie[children.length + 1];
            System.arraycopy(keys, 0, k, 0, insert);
            System.arraycopy(children, 0, n, 0, insert);
            k[insert] = c;
            n[insert] = new Trie();
            System.arraycopy(keys, insert, k, insert + 1, keys.length - insert);
            System.arraycopy(children, insert, n, insert + 1, children.length - insert);
            keys = k;
            children = n;
            return n[insert];
        }

        private Trie child(char c) {
            int at = Arrays.binarySearch(keys, c);
            return at >= 0 ? children[at] : null;
        }

        /** Indexes the root's children by character; called once the trie is filled. */
        void indexRoot() {
            if (keys.length == 0) {
                rootIndex = null;
                return;
            }
            Trie[] index = new Trie[keys[keys.length - 1] - keys[0] + 1];
            for (int k = 0; k < keys.length; k++) {
                index[keys[k] - keys[0]] = children[k];
            }
            rootIndexFrom = keys[0];
            rootIndex = index;
        }

        private Trie rootChild(char c) {
            Trie[] index = rootIndex;
            if (index == null) {
                return child(c);
            }
            int at = c - rootIndexFrom;
            return at >= 0 && at < index.length ? index[at] : null;
        }

        Match longestMatch(String text, int from, int to) {
            Trie node = this;
            int bestEnd = -1;
            List<Indicator> best = null;
            for (int i = from; i < to; i++) {
                node = i == from ? rootChild(text.charAt(i)) : node.child(text.charAt(i));
                if (node == null) {
                    break;
                }
                if (node.value != null) {
                    bestEnd = i + 1;
                    best = node.value;
                }
            }
            return best == null ? null : new Match(bestEnd, best);
        }

        int longestMatchEnd(String text, int from, int to) {
            Match m = longestMatch(text, from, to);
            return m == null ? -1 : m.end();
        }
    }
}
