package org.armscontrol.tracker.platform.integrity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.armscontrol.tracker.shared.TrackerMetaData;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * An event's metadata as its hash sees it, read from the JSON the event store holds.
 * <p>
 * Canonical form: the JSON object without the chain's own keys ({@code hash}, {@code previousHash}), with the keys
 * of every object sorted by Unicode code point, written compactly (no spaces) in UTF-8. The hash must not depend on
 * how a map happened to be ordered when it was written, and it cannot cover itself.
 */
public final class CanonicalMetadata {

    // A plain mapper: it only reads and writes JSON trees, so no module or setting can change what it writes.
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    };

    private final byte[] bytes;
    private final String hash;
    private final String previousHash;

    private CanonicalMetadata(byte[] bytes, String hash, String previousHash) {
        this.bytes = bytes;
        this.hash = hash;
        this.previousHash = previousHash;
    }

    /**
     * Reads stored metadata ({@code null} counts as an empty object).
     *
     * @throws IllegalArgumentException when it is not a JSON object
     */
    public static CanonicalMetadata fromJson(byte[] json) {
        JsonNode tree;
        try {
            tree = json == null ? JsonNodeFactory.instance.objectNode() : JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("the metadata is not JSON: " + e.getMessage(), e);
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new IllegalArgumentException("the metadata is not a JSON object");
        }
        String hash = object.path(TrackerMetaData.HASH).isTextual() ? object.get(TrackerMetaData.HASH).asText() : null;
        String previousHash = object.path(TrackerMetaData.PREVIOUS_HASH).isTextual()
                ? object.get(TrackerMetaData.PREVIOUS_HASH).asText() : null;
        object.remove(List.of(TrackerMetaData.HASH, TrackerMetaData.PREVIOUS_HASH));
        try {
            return new CanonicalMetadata(JSON.writeValueAsBytes(sorted(object)), hash, previousHash);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree that was just read can be written", e);
        }
    }

    /** The canonical bytes that the hash covers. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The stored {@code hash} entry, or null when there is none. */
    public String hash() {
        return hash;
    }

    /** The stored {@code previousHash} entry, or null when there is none. */
    public String previousHash() {
        return previousHash;
    }

    private static JsonNode sorted(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(object.properties());
            fields.sort(Map.Entry.comparingByKey(CODE_POINT_ORDER));
            ObjectNode result = JsonNodeFactory.instance.objectNode();
            fields.forEach(field -> result.set(field.getKey(), sorted(field.getValue())));
            return result;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode result = JsonNodeFactory.instance.arrayNode();
            array.forEach(element -> result.add(sorted(element)));
            return result;
        }
        return node;
    }
}
