package org.indicatortracker.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Place names by their characters, so that a text is scanned once for all of them. */
final class NameTrie {
    private final Node root = new Node();
    /** Characters that open a name: a scan for names skips every other position without a map lookup (JFR). */
    private final boolean[] opens = new boolean[Character.MAX_VALUE + 1];

    record Match(int length, List<Region> regions) {}

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        List<Region> regions;
    }

    void add(String name, Region r) {
        if (!name.isEmpty()) {
            opens[name.charAt(0)] = true;
        }
        Node n = root;
        for (int i = 0; i < name.length(); i++) {
            n = n.next.computeIfAbsent(name.charAt(i), c -> new Node());
        }
        if (n.regions == null) {
            n.regions = new ArrayList<>(1);
        }
        if (!n.regions.contains(r)) {
            n.regions.add(r);
        }
    }

    /** The longest name that starts at {@code at}, or null. */
    Match longestAt(CharSequence text, int at, int end) {
        if (at >= end || !opens[text.charAt(at)]) {
            return null;
        }
        Node n = root;
        Match best = null;
        for (int i = at; i < end; i++) {
            n = n.next.get(text.charAt(i));
            if (n == null) {
                break;
            }
            if (n.regions != null) {
                best = new Match(i - at + 1, n.regions);
            }
        }
        return best;
    }
}
