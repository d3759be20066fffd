package org.armscontrol.tracker.shared.value;

/**
 * The rules every free text of the record obeys: not blank when required, bounded in length (counted in
 * Unicode code points), and free of control characters and broken UTF-16, which corrupt exports and
 * confuse readers. Text is stored verbatim otherwise: markup or SQL-looking text is data, never code.
 */
public final class TextRules {

    private TextRules() {
    }

    /** Requires a single line of text (no line breaks). */
    public static String requireLine(String value, String property, int maxLength) {
        return check(required(value, property), property, maxLength, false);
    }

    /** Requires text that may span several lines. */
    public static String requireText(String value, String property, int maxLength) {
        return check(required(value, property), property, maxLength, true);
    }

    /** An optional single line: null stays null, a present value must obey the rules. */
    public static String optionalLine(String value, String property, int maxLength) {
        return value == null ? null : requireLine(value, property, maxLength);
    }

    /** Optional text that may span several lines. */
    public static String optionalText(String value, String property, int maxLength) {
        return value == null ? null : requireText(value, property, maxLength);
    }

    /** Requires a component of a composite value or command to be present. */
    public static <T> T required(T value, String property) {
        if (value == null) {
            throw new InvalidValueException(property, property + " is required");
        }
        return value;
    }

    /** A short, safe rendering of user input for error messages. */
    public static String echo(String value) {
        if (value == null) {
            return "null";
        }
        String shown = value.codePointCount(0, value.length()) > 40
                ? value.substring(0, value.offsetByCodePoints(0, 40)) + "…"
                : value;
        StringBuilder out = new StringBuilder("'");
        shown.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)) {
                out.append(String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append('\'').toString();
    }

    private static String check(String value, String property, int maxLength, boolean multiline) {
        if (value.isBlank()) {
            throw new InvalidValueException(property, property + " must not be blank");
        }
        int length = value.codePointCount(0, value.length());
        if (length > maxLength) {
            throw new InvalidValueException(property,
                    property + " is " + length + " characters long; at most " + maxLength + " are allowed");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw new InvalidValueException(property, property + " contains a broken UTF-16 surrogate at position " + i);
            }
            if (Character.isLowSurrogate(c)) {
                throw new InvalidValueException(property, property + " contains a broken UTF-16 surrogate at position " + i);
            }
            boolean lineBreak = c == '\n' || c == '\r';
            if (lineBreak && !multiline) {
                throw new InvalidValueException(property, property + " must be a single line (no line breaks)");
            }
            if (Character.isISOControl(c) && !lineBreak && c != '\t') {
                throw new InvalidValueException(property,
                        property + String.format(" contains the control character U+%04X at position %d", (int) c, i));
            }
        }
        return value;
    }
}
