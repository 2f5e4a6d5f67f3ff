package org.indicatortracker.extract;

import java.util.List;

/** Where the text names one or more indicators: [start, end) in the normalised text. */
public record IndicatorMention(int start, int end, String surface, List<Indicator> indicators) {}
