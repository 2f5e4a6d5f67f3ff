package org.indicatortracker.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.indicatortracker.extract.Source;

/**
 * Reads a record of the {@code reports} topic: a JSON envelope, or plain UTF-8 text. Anything else
 * is a {@link BadReport} with a reason a person can act on.
 */
public final class ReportParser {
    public static final String STAGE = "parse";
    private final int maxBytes;

    public ReportParser(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    public ReportEnvelope parse(String key, byte[] value) throws BadReport {
        if (value.length > maxBytes) {
            throw new BadReport(
                    STAGE,
                    "value of " + value.length + " bytes exceeds the limit of " + maxBytes
                            + " bytes (tracker.max.report.bytes)");
        }
        String raw = decode(value);
        String trimmed = raw.strip();
        // A value that opens like JSON is read as JSON: an array is a malformed envelope, not a report.
        boolean json = trimmed.startsWith("{") || trimmed.startsWith("[");
        ReportEnvelope envelope = json ? envelope(trimmed) : new ReportEnvelope(null, null, null, null, null, raw);
        if (envelope.text() == null) {
            throw new BadReport(STAGE, "JSON envelope has no \"text\" field");
        }
        if (envelope.text().isBlank()) {
            throw new BadReport(STAGE, "report text is empty");
        }
        if (envelope.source() != null && Source.parse(envelope.source()).isEmpty()) {
            throw new BadReport(STAGE, "\"source\" must be \"report\" or \"quote\", not \"" + envelope.source() + "\"");
        }
        String id = envelope.id() != null && !envelope.id().isBlank()
                ? envelope.id()
                : key != null && !key.isBlank()
                        ? key
                        : "sha256:" + hash(envelope.text()).substring(0, 16);
        return new ReportEnvelope(
                id, envelope.region(), envelope.year(), envelope.publishedOn(), envelope.source(), envelope.text());
    }

    /**
     * The value as text, rejecting bytes that are not UTF-8. The String constructor decodes on the
     * JDK's fast path and puts U+FFFD where a byte sequence is malformed; only a text that then holds
     * U+FFFD (malformed, or a replacement character the sender wrote) goes through the strict decoder,
     * which tells the two apart. Decoding strictly every time cost a twelfth of the stream threads' time.
     */
    static String decode(byte[] value) throws BadReport {
        String text = new String(value, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? text : decodeStrictly(value);
    }

    private static String decodeStrictly(byte[] value) throws BadReport {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadReport(STAGE, "value is not valid UTF-8: " + e.getMessage(), e);
        }
    }

    private static ReportEnvelope envelope(String json) throws BadReport {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new BadReport(STAGE, "invalid JSON: " + e.getOriginalMessage(), e);
        }
        if (!node.isObject()) {
            throw new BadReport(STAGE, "JSON envelope must be an object");
        }
        return new ReportEnvelope(
                string(node, "id"),
                string(node, "region"),
                year(node),
                string(node, "publishedOn"),
                string(node, "source"),
                string(node, "text"));
    }

    private static String string(JsonNode node, String field) throws BadReport {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new BadReport(
                    STAGE,
                    "\"" + field + "\" must be a string, not "
                            + v.getNodeType().name().toLowerCase());
        }
        return v.asText();
    }

    private static Integer year(JsonNode node) throws BadReport {
        JsonNode v = node.get("year");
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isInt() && v.asInt() >= 1949 && v.asInt() <= 2200) {
            return v.asInt();
        }
        if (v.isTextual() && v.asText().matches("\\d{4}")) {
            return Integer.valueOf(v.asText());
        }
        throw new BadReport(STAGE, "\"year\" must be a year such as 2024, not " + v);
    }

    public static String hash(String text) {
        return hash(text, "");
    }

    /**
     * The hash of {@code text + rest}, without building the concatenation (a copy of a report's whole
     * text): the UTF-8 of a concatenation is the concatenation of the parts' UTF-8.
     */
    public static String hash(String text, String rest) {
        MessageDigest sha = SHA_256.get();
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest(rest.getBytes(StandardCharsets.UTF_8)));
    }

    /** One digest per thread, reset by each digest(): looking one up costs more than hashing a short value. */
    static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });
}
