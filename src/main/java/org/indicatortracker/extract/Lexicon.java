package org.indicatortracker.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    private final List<GapSynonym> gapSynonyms = new ArrayList<>();
    private final List<String> sentenceEstimateCues = new ArrayList<>();
    private final List<String> sectionEstimateCues = new ArrayList<>();
    private final List<Pattern> noise = new ArrayList<>();
    /** Characters that can open a surface, a blocker or a gap synonym: every other position is skipped at once. */
    private final boolean[] opens = new boolean[Character.MAX_VALUE + 1];
    private final boolean[] gapOpens = new boolean[Character.MAX_VALUE + 1];

    private record GapSynonym(String head, String tail, Indicator indicator) {
    }

    private Lexicon() {
    }

    public static Lexicon loadDefault() {
        return load(Optional.empty());
    }

    /** The built-in lexicon, extended (and overridden by id) by {@code extension} when given. */
    public static Lexicon load(Optional<Path> extension) {
        Lexicon lexicon = new Lexicon();
        try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("lexicon resource missing: " + RESOURCE);
            }
            lexicon.add(YAML.readTree(in));
            if (extension.isPresent()) {
                lexicon.add(YAML.readTree(Files.readAllBytes(extension.get())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon", e);
        }
        return lexicon;
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private void add(JsonNode root) {
        for (JsonNode node : root.path("indicators")) {
            Indicator indicator = new Indicator(
                    node.path("id").asText(),
                    node.path("name").asText(),
                    "lower".equalsIgnoreCase(node.path("polarity").asText("higher"))
                            ? Indicator.Polarity.LOWER : Indicator.Polarity.HIGHER,
                    node.path("unit").asText(""),
                    node.path("headline").asBoolean(true));
            if (indicator.id().isBlank() || indicator.name().isBlank()) {
                throw new IllegalArgumentException("lexicon entry without id or name: " + node);
            }
            byId.put(indicator.id(), indicator);
            surfaces.put(indicator.name(), List.of(indicator));
            opens[indicator.name().charAt(0)] = true;
            for (JsonNode synonym : node.path("synonyms")) {
                String s = synonym.asText();
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
        root.path("compounds").fields().forEachRemaining(e -> {
            List<Indicator> parts = new ArrayList<>();
            for (JsonNode id : e.getValue()) {
                parts.add(indicator(id.asText()));
            }
            surfaces.put(e.getKey(), List.copyOf(parts));
            opens[e.getKey().charAt(0)] = true;
        });
        for (JsonNode b : root.path("blockers")) {
            blockers.put(b.asText(), List.of());
            opens[b.asText().charAt(0)] = true;
        }
        for (JsonNode c : root.path("estimateCues").path("sentence")) {
            sentenceEstimateCues.add(c.asText());
        }
        for (JsonNode c : root.path("estimateCues").path("section")) {
            sectionEstimateCues.add(c.asText());
        }
        for (JsonNode p : root.path("noise")) {
            noise.add(Pattern.compile(p.asText()));
        }
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
            if (best != null && i >= blockedUntil && !insideLatinWord(text, i)) {
                found.add(new IndicatorMention(i, best.end(), text.substring(i, best.end()), best.value()));
                i = best.end();
                continue;
            }
            i++;
        }
        return found;
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
        record Match(int end, List<Indicator> value) {
        }

        private char[] keys = new char[0];
        private Trie[] children = new Trie[0];
        private List<Indicator> value;

        void put(String key, List<Indicator> v) {
            Trie node = this;
            for (int i = 0; i < key.length(); i++) {
                node = node.childOrCreate(key.charAt(i));
            }
            node.value = v;
        }

        private Trie childOrCreate(char c) {
            int at = java.util.Arrays.binarySearch(keys, c);
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
            int at = java.util.Arrays.binarySearch(keys, c);
            return at >= 0 ? children[at] : null;
        }

        Match longestMatch(String text, int from, int to) {
            Trie node = this;
            int bestEnd = -1;
            List<Indicator> best = null;
            for (int i = from; i < to; i++) {
                node = node.child(text.charAt(i));
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
