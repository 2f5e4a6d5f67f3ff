package org.indicatortracker.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Indicators the lexicon does not know, named by the text itself: an item of a headline list whose
 * subject is no indicator of the lexicon (人口自然增长率控制在8‰以内, 高新技术产业投资、工业投资分别增长10%、6.5%)
 * sets a goal all the same. Its name is the subject as written, which must end with one of the
 * lexicon's measure heads (率, 投资, 增加值, 排放量 …): a subject that ends otherwise (新建5G基站) is a
 * task, not an indicator.
 */
final class OpenIndicators {
    /** Words that open an item without being part of its subject. */
    private static final Pattern LEADING = Pattern.compile(
            "^(?:[\\d一二三四五六七八九十]{1,2}[.、)]|[(][一二三四五六七八九十\\d]{1,2}[)]|——|-|全市|全省|全区|全县|全州|全年|今年|力争|确保|争取|其中|以及|和|及)+");

    private static final Pattern JOINERS = Pattern.compile("[、和及与]");
    private static final int MIN_NAME = 3;
    private static final int MAX_NAME = 16;

    private final List<String> heads;

    /** @param heads the lexicon's measure heads, longest first */
    OpenIndicators(List<String> heads) {
        this.heads = heads.stream().sorted((a, b) -> b.length() - a.length()).toList();
    }

    /** What a subject before a figure names: the indicators, and where its predicate starts in the subject's text. */
    record Subject(List<String> names, int predicateStart) {}

    /**
     * The subject of {@code head}, the words of an item before its first figure: the longest part that
     * ends with a measure head and is followed by nothing but a predicate (增长, 分别削减, 控制在).
     * Joined names (A、B和C) are split, and a head that only the last of them carries is given to
     * the others (化学需氧量、氨氮排放量 → 化学需氧量排放量, 氨氮排放量).
     */
    Optional<Subject> subject(String head) {
        for (int k = head.length(); k >= MIN_NAME; k--) {
            String name = head.substring(0, k);
            if (headOf(name).isPresent() && Clause.opensWithPredicate(head.substring(k))) {
                String stripped = LEADING.matcher(name).replaceFirst("");
                List<String> names = split(stripped);
                if (names.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(new Subject(names, k));
            }
        }
        return Optional.empty();
    }

    private List<String> split(String subject) {
        String[] parts = JOINERS.split(subject);
        String lastHead = headOf(parts[parts.length - 1]).orElse("");
        List<String> names = new ArrayList<>();
        for (String p : parts) {
            // 化学需氧量、氨氮排放量: 量 is a head, but the list's own head (排放量) ends with it and says more.
            Optional<String> own = headOf(p);
            boolean shares = own.isPresent()
                    && lastHead.endsWith(own.get())
                    && lastHead.length() > own.get().length()
                    && !p.endsWith(lastHead);
            String name = own.isPresent() && !shares ? p : p + lastHead;
            if (name.length() < MIN_NAME || name.length() > MAX_NAME || !plain(name)) {
                return List.of();
            }
            names.add(name);
        }
        return names;
    }

    /** Chinese characters only (and the Latin of PM2.5 or R&D): a number or a punctuation mark is no name's. */
    private static boolean plain(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean cjk = c >= '\u4e00' && c <= '\u9fff';
            if (!cjk && !(c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    private Optional<String> headOf(String name) {
        for (String h : heads) {
            if (name.endsWith(h) && name.length() > h.length()) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    /** An indicator of the text's own naming: its name is its id; judged as a floor unless its target says otherwise. */
    static Indicator named(String name) {
        return new Indicator(name, name, Indicator.Polarity.HIGHER, "", false);
    }
}
