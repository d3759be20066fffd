package org.armscontrol.tracker.shared.statement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.armscontrol.tracker.shared.value.TextRules;

import java.util.UUID;

/** Identifies a recorded statement; assigned by the tracker when the statement is first recorded. */
public record StatementId(UUID value) {

    public StatementId {
        TextRules.required(value, "statementId");
    }

    public static StatementId random() {
        return new StatementId(UUID.randomUUID());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static StatementId parse(String value) {
        try {
            return new StatementId(UUID.fromString(value));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException("statementId", TextRules.echo(value) + " is not a statement id (a UUID)");
        }
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
