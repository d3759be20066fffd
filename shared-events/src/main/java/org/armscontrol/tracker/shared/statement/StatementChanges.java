package org.armscontrol.tracker.shared.statement;

import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;

import java.util.List;
import java.util.Optional;

/**
 * The fields an amendment changes. A null component leaves the field as it is. The optional fields
 * ({@code location}, {@code speaker}, {@code quote}) are {@link Optional}s so that an amendment can also remove
 * them: {@code null} keeps, {@code Optional.empty()} removes, a value replaces.
 */
public record StatementChanges(ValidDate date, String forum, Optional<String> location, Optional<Speaker> speaker,
                               List<InstrumentId> instruments, Stance stance, String summary,
                               Optional<String> quote, Source source) {

    public static StatementChanges none() {
        return new StatementChanges(null, null, null, null, null, null, null, null, null);
    }

    /** The version that results from applying these changes to {@code current}; validates the result. */
    public StatementContent applyTo(StatementContent current) {
        return new StatementContent(
                date != null ? date : current.date(),
                forum != null ? forum : current.forum(),
                location != null ? location.orElse(null) : current.location(),
                speaker != null ? speaker.orElse(null) : current.speaker(),
                instruments != null ? instruments : current.instruments(),
                stance != null ? stance : current.stance(),
                summary != null ? summary : current.summary(),
                quote != null ? quote.orElse(null) : current.quote(),
                source != null ? source : current.source());
    }
}
