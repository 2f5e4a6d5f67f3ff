package org.indicatortracker.report;

/**
 * Text after normalisation, with the way back: {@code originalOffset(i)} is where normalised
 * character {@code i} stood in the text as published, so that every fact can cite the original.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    private final int[] toOriginal;

    NormalizedText(String original, String text, int[] toOriginal) {
        this.original = original;
        this.text = text;
        this.toOriginal = toOriginal;
    }

    public String original() {
        return original;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Original offset of normalised position {@code i}; {@code i == length()} maps to the end. */
    public int originalOffset(int i) {
        return toOriginal[Math.max(0, Math.min(i, text.length()))];
    }

    /** Original start of the normalised range [start, end). */
    public int originalStart(int start) {
        return originalOffset(start);
    }

    /** Original end (exclusive) of the normalised range [start, end). */
    public int originalEnd(int end) {
        if (end <= 0) {
            return originalOffset(0);
        }
        return toOriginal[Math.min(end, text.length()) - 1] + 1;
    }

    /** The original text behind the normalised range [start, end). */
    public String originalSlice(int start, int end) {
        int s = originalStart(start);
        int e = Math.max(s, originalEnd(end));
        return original.substring(s, Math.min(e, original.length()));
    }
}
