package org.armscontrol.tracker.platform.integrity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * SHA-256 over a list of length-prefixed fields. Each field is written as its length in bytes (a 4-byte big-endian
 * signed integer) followed by its bytes; an absent field (SQL {@code NULL}) is the length -1 and no bytes. Text is
 * UTF-8, numbers are their decimal digits (ASCII), instants are whole microseconds since 1970-01-01T00:00:00Z as a
 * number (PostgreSQL's {@code timestamptz} keeps microseconds, so finer digits are cut). The first field is a fixed label naming what is hashed and the version of
 * the framing.
 * <p>
 * Why framed: with plain concatenation, {@code "ab" + "c"} and {@code "a" + "bc"} hash alike, and bytes could move
 * from one field to its neighbour without changing the hash; with a length before each field, and {@code NULL}
 * distinct from empty, two different lists of fields never produce the same stream of bytes.
 */
final class HashFrame {

    private static final int ABSENT = -1;

    private final MessageDigest digest;

    private HashFrame(String label) {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        text(label);
    }

    /** A frame whose first field is {@code label}, e.g. {@code position-tracker/event/v1}. */
    static HashFrame labelled(String label) {
        return new HashFrame(label);
    }

    HashFrame text(String value) {
        return bytes(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    HashFrame number(long value) {
        return text(Long.toString(value));
    }

    HashFrame instant(Instant value) {
        Instant micros = value.truncatedTo(ChronoUnit.MICROS);
        return number(Math.addExact(Math.multiplyExact(micros.getEpochSecond(), 1_000_000L), micros.getNano() / 1_000));
    }

    HashFrame bytes(byte[] value) {
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(value == null ? ABSENT : value.length).array());
        if (value != null) {
            digest.update(value);
        }
        return this;
    }

    /** The SHA-256 of the fields so far, as 64 lower-case hex digits. Ends the frame. */
    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
