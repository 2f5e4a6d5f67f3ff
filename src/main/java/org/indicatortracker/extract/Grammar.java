package org.indicatortracker.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar shared by targets and actuals: which figures belong to which indicator mention, and
 * what a figure means (growth, rate or level; its comparator and direction).
 */
final class Grammar {
    static final Pattern RELATIVE_SYNC =
            Pattern.compile("(?:与|和|同)(?:经济增长|经济发展|地区生产总值增长|生产总值增长|GDP增长)(基本|保持|基本保持|保持基本)?(?:同步|相适应)");
    private static final int RELATIVE_REACH = 40;

    /** 居民收入增速高于经济增速: at least the GDP growth. */
    static final Pattern RELATIVE_ABOVE_GROWTH =
            Pattern.compile("(?:增长|增速)?(?:高于|快于|不低于|略高于)(?:经济增速|经济增长速度|经济发展速度|经济增长|GDP增速|地区生产总值增速|生产总值增速)");

    static final Pattern RELATIVE_AVERAGE =
            Pattern.compile("(不低于|高于|快于|略高于|低于|持平于|不低于或高于|与)(全省|全国|全市|全区)(?:平均水平|平均|水平|一致)");
    private static final int MAX_FIRST_GAP = 20;
    private static final int MAX_NEXT_GAP = 14;

    private final Lexicon lexicon;

    private final OpenIndicators open;

    Grammar(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.open = new OpenIndicators(lexicon.measureHeads());
    }

    /**
     * Readings for an item whose first figure no lexicon indicator claims: the subject before it names
     * indicators of its own (人口自然增长率控制在8‰以内). {@code figures} are the item's, from its first.
     */
    List<Reading> openReadings(String text, int start, int end, List<Figure> figures) {
        Figure first = figures.get(0);
        return open.subject(text.substring(start, first.start()))
                .map(s -> {
                    int nameEnd = start + s.predicateStart();
                    IndicatorMention m = new IndicatorMention(
                            start,
                            nameEnd,
                            text.substring(start, nameEnd),
                            s.names().stream().map(OpenIndicators::named).toList());
                    List<Figure> own = figuresOf(text, m, end, figures);
                    return own.isEmpty() ? List.<Reading>of() : readings(text, m, own);
                })
                .orElse(List.of());
    }

    /** Mentions of [from, to), with shared heads distributed: 第一产业、规模以上工业、服务业增加值. */
    List<IndicatorMention> mentions(String text, int from, int to) {
        List<IndicatorMention> found = lexicon.mentions(text, from, to);
        List<IndicatorMention> result = new ArrayList<>(found.size());
        int skipUntil = -1;
        for (IndicatorMention m : found) {
            if (m.start() < skipUntil) {
                continue;
            }
            IndicatorMention named = distributedHead(text, from, m).orElse(m);
            int close = bracketAfter(text, named.end(), to);
            if (close > 0) {
                // 居民消费价格指数(CPI)涨幅, 研发经费投入强度(新口径)达到: the bracket is part of the name.
                named = new IndicatorMention(
                        named.start(), close, text.substring(named.start(), close), named.indicators());
                skipUntil = close;
            }
            result.add(named);
        }
        return result;
    }

    private static final int MAX_BRACKET = 10;

    /** The end of a short bracket that opens right at {@code at} ((CPI), (现价)), or -1. */
    private static int bracketAfter(String text, int at, int to) {
        if (at >= to || text.charAt(at) != '(') {
            return -1;
        }
        for (int i = at + 1; i < Math.min(to, at + MAX_BRACKET); i++) {
            char c = text.charAt(i);
            if (c == ')') {
                return i + 1;
            }
            if (c == '(' || c == '。' || c == ',' || c == ';' || c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    /** Whether a mention names one indicator, or a compound that means its whole when not split. */
    boolean namesOne(IndicatorMention m) {
        return m.indicators().size() == 1 || lexicon.whole(m.surface()).isPresent();
    }

    /** What joins the items of a list whose last item carries the shared part of their names. */
    private static final String ITEM_JOINERS = "、和与及";

    private Optional<IndicatorMention> distributedHead(String text, int from, IndicatorMention m) {
        if (m.start() - 1 < from || ITEM_JOINERS.indexOf(text.charAt(m.start() - 1)) < 0) {
            return Optional.empty();
        }
        int listStart = m.start() - 1;
        while (listStart > from && ",;。:\n".indexOf(text.charAt(listStart - 1)) < 0 && m.start() - listStart < 40) {
            listStart--;
        }
        String[] items = text.substring(listStart, m.start() - 1).split("[、和与及]");
        String surface = m.surface();
        // The shared part may be short (第一产业、服务业增加值) or most of the name (城镇、农村常住居民人均可支配收入).
        for (int k = 2; k <= surface.length() - 1; k++) {
            String head = surface.substring(surface.length() - k);
            List<Indicator> all = new ArrayList<>();
            boolean ok = items.length > 0;
            for (String item : items) {
                Optional<List<Indicator>> hit = item.isEmpty() ? Optional.empty() : lexicon.lookup(item + head);
                if (hit.isEmpty()) {
                    ok = false;
                    break;
                }
                all.addAll(hit.get());
            }
            if (ok) {
                all.addAll(m.indicators());
                int start = m.start() - 1 - String.join("、", items).length();
                return Optional.of(
                        new IndicatorMention(start, m.end(), text.substring(start, m.end()), List.copyOf(all)));
            }
        }
        return Optional.empty();
    }

    /**
     * The figures that follow a mention and belong to it: none of another mention in between, and
     * every step from one to the next continues the same subject.
     */
    List<Figure> figuresOf(String text, IndicatorMention m, int limit, List<Figure> figures) {
        return figuresOf(text, m, limit, figures, false);
    }

    /** @param averages true where averages over years are what is read (a plan period's goals or review) */
    List<Figure> figuresOf(String text, IndicatorMention m, int limit, List<Figure> figures, boolean averages) {
        List<Figure> own = new ArrayList<>();
        int anchor = m.end();
        for (Figure f : figures) {
            if (f.start() < m.end()) {
                continue;
            }
            if (f.start() >= limit) {
                break;
            }
            int max = own.isEmpty() ? MAX_FIRST_GAP : MAX_NEXT_GAP;
            if (f.start() - anchor > max) {
                break;
            }
            // Only a short gap reaches the predicate patterns: their cost stays bounded whatever the text.
            String gap = text.substring(anchor, f.start());
            boolean fits = own.isEmpty() ? Clause.opensWithPredicate(gap) : Clause.continues(gap);
            if (gap.indexOf('。') >= 0
                    || gap.indexOf(';') >= 0
                    || !fits
                    || !averages && gap.contains("年均")
                    || gap.contains("其中")) {
                break;
            }
            own.add(f);
            anchor = f.end();
        }
        return own;
    }

    /** What one figure says of one indicator: kind, comparator and direction from the words before it. */
    Reading reading(
            Indicator indicator,
            Figure f,
            Figure level,
            String predicate,
            String span,
            String surface,
            int start,
            int end) {
        Matcher recovery = RECOVERY.matcher(predicate);
        if (f.isPercent() && recovery.find()) {
            return recovered(indicator, f, level, start, end);
        }
        Fact.Kind kind;
        if (f.isLevel()) {
            kind = Fact.Kind.level;
        } else if (Clause.hasGrowthWord(span) || Clause.hasGrowthWord(surface) || f.isGrowthInWords()) {
            kind = Fact.Kind.growth;
        } else {
            kind = Fact.Kind.rate;
        }
        // 在对美贸易下降超3成的情况下增长12%: the aside's words are not the predicate's.
        String verbs = ASIDE.matcher(predicate).replaceAll("");
        Fact.Direction direction = Clause.isDecrease(verbs) ? Fact.Direction.decrease : Fact.Direction.increase;
        Comparator comparator = Clause.comparator(f, verbs);
        return new Reading(
                indicator,
                kind,
                comparator,
                f.value(),
                f.valueHigh(),
                f.unit(),
                direction,
                level == null ? null : level.value(),
                level == null ? null : level.unit(),
                null,
                start,
                end);
    }

    private static final Pattern ASIDE = Pattern.compile("在[^,;。]{1,16}的情况下");

    /** 恢复到上年的95%, 恢复至2019年同期的97%: a level stated as a share of the year before. */
    static final Pattern RECOVERY = Pattern.compile("恢复(?:到|至)(?:上年|去年|\\d{4}年)(?:同期)?(?:水平)?的?$");

    /** A share of the year before as the growth it is: 95% is a decrease of 5%, 105% a growth of 5%. */
    private static Reading recovered(Indicator indicator, Figure share, Figure level, int start, int end) {
        double change = Math.round((share.value() - 100) * 1000) / 1000.0;
        boolean down = change < 0;
        Comparator c = share.qualifier() == null ? Comparator.eq : share.qualifier();
        if (down && (c == Comparator.ge || c == Comparator.gt)) {
            c = Comparator.le;
        } else if (down && c == Comparator.le) {
            c = Comparator.ge;
        }
        return new Reading(
                indicator,
                Fact.Kind.growth,
                c,
                Math.abs(change),
                null,
                "%",
                down ? Fact.Direction.decrease : Fact.Direction.increase,
                level == null ? null : level.value(),
                level == null ? null : level.unit(),
                null,
                start,
                end);
    }

    /** Readings for a mention and the figures that belong to it, split over several indicators if it names several. */
    List<Reading> readings(String text, IndicatorMention m, List<Figure> figures) {
        List<Reading> out = new ArrayList<>();
        List<Indicator> indicators =
                unsplit(text, m, figures) ? List.of(lexicon.whole(m.surface()).orElseThrow()) : m.indicators();
        List<Figure> own = indicators.size() > 1 ? sharedQualifier(figures) : figures;
        int end = own.get(own.size() - 1).end();
        if (indicators.size() == 1) {
            Figure primary = own.stream().filter(f -> !f.isLevel()).findFirst().orElse(own.get(0));
            Figure level = primary.isLevel()
                    ? null
                    : own.stream().filter(Figure::isLevel).findFirst().orElse(null);
            out.add(reading(
                    indicators.get(0),
                    primary,
                    level,
                    predicate(text, m, own, primary),
                    text.substring(m.end(), primary.start()),
                    m.surface(),
                    m.start(),
                    end));
            return out;
        }
        List<Figure> rates = own.stream().filter(f -> !f.isLevel()).toList();
        List<Figure> levels = own.stream().filter(Figure::isLevel).toList();
        for (int i = 0; i < indicators.size(); i++) {
            Figure primary;
            Figure level = null;
            if (rates.size() == indicators.size()) {
                primary = rates.get(i);
                level = levels.size() == indicators.size() ? levels.get(i) : null;
            } else if (own.size() == indicators.size()) {
                primary = own.get(i);
            } else if (own.size() == 1) {
                primary = own.get(0);
            } else if (levels.size() == indicators.size()) {
                primary = levels.get(i);
            } else {
                primary = own.get(Math.min(i, own.size() - 1));
            }
            out.add(reading(
                    indicators.get(i),
                    primary,
                    level,
                    sharedPredicate(text, m, own, primary),
                    text.substring(m.end(), primary.start()),
                    m.surface(),
                    m.start(),
                    end));
        }
        return out;
    }

    /**
     * Whether a compound with a whole means the whole here: one figure of each kind, not said of each
     * part (城乡居民人均可支配收入增长5.6%, but not …分别增长8%、9% or …均增长8.5%).
     */
    private boolean unsplit(String text, IndicatorMention m, List<Figure> own) {
        if (lexicon.whole(m.surface()).isEmpty()) {
            return false;
        }
        long rates = own.stream().filter(f -> !f.isLevel()).count();
        long levels = own.size() - rates;
        return rates <= 1
                && levels <= 1
                && !EACH.matcher(text)
                        .region(m.end(), own.get(own.size() - 1).start())
                        .find();
    }

    private static final Pattern EACH = Pattern.compile("分别|均|各");

    /**
     * 分别增长7%、8%左右 and 分别增长10%、9%和6.5%以上: the qualifier after the last figure of a list is
     * every figure's that has none of its own. Not where an earlier figure is the same number
     * (分别增长8%和8%以上): there the writer sets the two apart.
     */
    private static List<Figure> sharedQualifier(List<Figure> own) {
        List<Figure> rates = own.stream().filter(f -> !f.isLevel()).toList();
        if (rates.size() < 2) {
            return own;
        }
        Figure last = rates.get(rates.size() - 1);
        Comparator q = last.qualifier();
        if (q == null || q == Comparator.range) {
            return own;
        }
        for (Figure f : rates) {
            if (f != last && (f.qualifier() != null || f.value() == last.value())) {
                return own;
            }
        }
        return own.stream()
                .map(f -> f.isLevel() || f == last ? f : f.withQualifier(q))
                .toList();
    }

    /** The words between the mention (or the figure before) and this figure: 同比增长, 控制在 … */
    /**
     * For figures zipped with several names, the words before the first figure are every figure's too:
     * 分别下降3%、4% is two decreases, 分别控制在4.5%、5.5% two ceilings.
     */
    private static String sharedPredicate(String text, IndicatorMention m, List<Figure> own, Figure f) {
        String own0 = predicate(text, m, own, own.get(0));
        return f == own.get(0) ? own0 : own0 + predicate(text, m, own, f);
    }

    private static String predicate(String text, IndicatorMention m, List<Figure> own, Figure f) {
        int from = m.end();
        for (Figure g : own) {
            if (g == f) {
                break;
            }
            from = g.end();
        }
        return text.substring(Math.min(from, f.start()), f.start());
    }

    /** A relative or qualitative reading for each indicator of a mention that has no figure. */
    List<Reading> figureless(String clause, int clauseStart, IndicatorMention m, boolean qualitativeAllowed) {
        List<Reading> out = new ArrayList<>();
        // The relative wordings are short: look at what follows the name, not at the rest of a long item.
        int afterStart = Math.min(clause.length(), m.end() - clauseStart);
        String after = clause.substring(afterStart, Math.min(clause.length(), afterStart + RELATIVE_REACH));
        Matcher sync = RELATIVE_SYNC.matcher(after);
        Matcher average = RELATIVE_AVERAGE.matcher(after);
        Matcher above = RELATIVE_ABOVE_GROWTH.matcher(after);
        int end = clauseStart + clause.length();
        List<Indicator> named = lexicon.whole(m.surface()).map(List::of).orElse(m.indicators());
        for (Indicator indicator : named) {
            if (sync.find(0)) {
                Comparator c =
                        sync.group(1) != null && sync.group(1).contains("基本") ? Comparator.approx : Comparator.eq;
                out.add(relative(indicator, c, lexicon.benchmark().id(), m.start(), m.end() + sync.end()));
            } else if (above.find(0)) {
                out.add(relative(indicator, Comparator.ge, lexicon.benchmark().id(), m.start(), m.end() + above.end()));
            } else if (average.find(0)) {
                // Set against another region: RegionComparisons reads it, with the region it means.
                continue;
            } else if (qualitativeAllowed) {
                // A qualitative item is its whole clause: 完成市下达的节能减排任务, not just the indicator's name.
                out.add(Reading.withoutFigure(
                        indicator,
                        Fact.Kind.qualitative,
                        Comparator.none,
                        null,
                        Math.min(clauseStart, m.start()),
                        end));
            }
        }
        return out;
    }

    private static Reading relative(Indicator indicator, Comparator c, String benchmark, int start, int end) {
        return Reading.withoutFigure(indicator, Fact.Kind.relative, c, benchmark, start, end);
    }

    /** Names joined by nothing but 、/和/与/及 share the figures that follow the last of them. */
    private static final Pattern JOINER = Pattern.compile("、|和|与|及|以及");

    /** The index of the last mention joined to mention {@code i} (城镇登记失业率、城镇调查失业率), or {@code i}. */
    static int lastJoined(String text, List<IndicatorMention> mentions, int i) {
        int j = i;
        while (j + 1 < mentions.size()
                && mentions.get(j).end() <= mentions.get(j + 1).start()
                && JOINER.matcher(text)
                        .region(mentions.get(j).end(), mentions.get(j + 1).start())
                        .matches()) {
            j++;
        }
        return j;
    }

    /** Mentions {@code i..j} as one mention of all their indicators, for 分别 to zip with the figures. */
    static IndicatorMention joined(String text, List<IndicatorMention> mentions, int i, int j) {
        List<Indicator> all = new ArrayList<>();
        for (int k = i; k <= j; k++) {
            all.addAll(mentions.get(k).indicators());
        }
        IndicatorMention first = mentions.get(i);
        IndicatorMention last = mentions.get(j);
        return new IndicatorMention(first.start(), last.end(), text.substring(first.start(), last.end()), all);
    }
}
