package org.armscontrol.tracker.command.imports;

import org.armscontrol.tracker.platform.web.FieldParser;
import org.armscontrol.tracker.shared.value.InvalidValueException;

/** Checks what every row has whatever its format: a valid {@code key} and a known {@code kind}. */
final class RowHeads {

    private RowHeads() {
    }

    /** @throws org.armscontrol.tracker.platform.web.InvalidRequestException naming {@code key}, {@code kind} or both */
    static RowKind check(String key, String kind) {
        FieldParser parser = new FieldParser();
        parser.required("key", key, () -> {
            if (!RowKeys.isValidKey(key)) {
                throw new InvalidValueException("key", "key must be 1 to 200 visible ASCII characters without spaces, "
                        + "unique in the file and stable between imports (e.g. blr-ccw-p5-ratified)");
            }
            return key;
        });
        RowKind parsed = parser.required("kind", kind, () -> RowKind.of(kind));
        parser.throwIfInvalid();
        return parsed;
    }
}
