package org.indicatortracker.extract;

import java.util.regex.Pattern;

/** Small readings of the words around a figure: the predicate between an indicator and its number. */
final class Clause {
    private static final Pattern DECREASE = Pattern.compile("下降|降低|减少|回落|压减|削减|下调|降幅");
    private static final Pattern GROWTH_WORD = Pattern.compile("增长|下降|降低|减少|上涨|涨幅|增速|增幅|回落|提高|降幅|压减|削减|增加");
    private static final Pattern AT_LEAST = Pattern.compile("不低于|不少于|确保|力争|至少|争取");
    private static final Pattern ABOVE = Pattern.compile("突破|超过|超出|高于|超|迈上|跨上|跨越");
    private static final Pattern AT_MOST = Pattern.compile("控制在|不超过|不高于|低于|以内");
    /** Words that carry a figure on to the same subject: 完成1850.6亿元,同比增长2.8%. */
    private static final Pattern CONTINUES = Pattern.compile(
            "^(?:同比|比上年|可比|分别|增长|下降|达到|达|增加|突破|总量|实现|完成|并|占|首次|增速|其中总量|规模|总额|年增长|全年|较上年|较去年|上涨|回落|提高|降低|减少|按可比价格计算|按不变价格计算|同口径)");

    /**
     * What may stand between an indicator and its first figure: adverbials, then at most two verbs
     * (增速为, 增长达到).
     * 完成, 同比增长, 连续17年稳定在 pass; 实绩企业超过 or 比重预计达到 name another subject and do not.
     */
    private static final Pattern FIRST_GAP =
            Pattern.compile("^(?:全年|预计|初步测算|同比|比上年|较上年|比\\d{4}年|较\\d{4}年|可比价?|分别|连续\\d{1,3}年|累计|首次|再|总量|总值|总额|规模|当年|年度|"
                    + "与上年|同上年|和上年|基本|计划|的?(?:宏观)?调控目标,?|全市|全省|全县|全区|实际|也|均|稳步|持续|共|合计|共计|又|大幅|快速|较快|逆势|力争|确保|要|继续|整体|进一步|预期|目标|"
                    + "按可比价格计算|按不变价格计算|剔除.{0,6}因素|同口径|可比口径|按同口径计算|名义|现价|自然|年度|全年累计|"
                    + "有望|近|约|年均|\\(下同\\))*"
                    + "(?:增长|下降|完成|达到|达|实现|突破|超过|超|保持在|保持|稳定在|控制在|涨幅控制在|涨幅|上涨|增幅|提高到|提高|提升到|提升至|"
                    + "提升|为|是|定为|增加|增加到|减少|减少到|削减|迈上|跨上|跨越|恢复(?:到|至)(?:上年|去年|\\d{4}年)(?:同期)?(?:水平)?的?|回落|降低|降低到|降至|增至|增速|攀升至|跃升至|不低于|不少于|不超过|不高于|低于|高于|"
                    + "按|拟按|拟为|安排为|在|到|至|分别增长|分别达到|分别达|分别下降|分别为|增长到|增长至|总产|达到了|完成了|实现了){0,2}$");

    private Clause() {}

    /**
     * Whether s[from, to) holds one of {@code chars}: a pattern every match of which holds one of them
     * need not run over a text without (one pass over a short text is cheaper than the regex's).
     */
    static boolean holdsAny(CharSequence s, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    static boolean isDecrease(CharSequence predicate) {
        return DECREASE.matcher(predicate).find();
    }

    static boolean hasGrowthWord(CharSequence s) {
        return GROWTH_WORD.matcher(s).find();
    }

    static Comparator comparator(Figure f, CharSequence predicate) {
        if (f.qualifier() != null) {
            return f.qualifier();
        }
        if (AT_MOST.matcher(predicate).find()) {
            return Comparator.le;
        }
        if (AT_LEAST.matcher(predicate).find()) {
            return Comparator.ge;
        }
        if (ABOVE.matcher(predicate).find()) {
            return Comparator.gt;
        }
        return Comparator.eq;
    }

    /** A figure after a comma belongs to the subject before it only when a predicate word opens its clause. */
    static boolean continues(String gap) {
        int cut = Math.max(Math.max(gap.lastIndexOf(','), gap.lastIndexOf('、')), gap.lastIndexOf('和'));
        String tail = cut >= 0 ? gap.substring(cut + 1) : gap;
        if (cut < 0) {
            return true;
        }
        return tail.isEmpty() || CONTINUES.matcher(tail).find();
    }

    static boolean opensWithPredicate(String gap) {
        return FIRST_GAP.matcher(gap).matches();
    }
}
