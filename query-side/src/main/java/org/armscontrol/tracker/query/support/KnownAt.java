package org.armscontrol.tracker.query.support;

import org.armscontrol.tracker.shared.catalogue.Instrument;
import org.armscontrol.tracker.shared.catalogue.InstrumentCatalogue;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * The transaction-time side of a read: what the tracker knew at an instant, or now. Gives the SQL conditions that
 * pick, from the bitemporal read models, the versions known then (parameter {@code :knownAt}).
 *
 * @param instant the instant, or null for now (the current versions, which the indexes favour)
 */
public record KnownAt(Instant instant) {

    public static final KnownAt NOW = new KnownAt(null);

    public static KnownAt of(Instant instant) {
        return instant == null ? NOW : new KnownAt(instant);
    }

    /** The version of a changing fact known at the instant: {@code known_from <= T < known_until}. */
    public String versionOf(String alias) {
        return instant == null ? alias + ".known_until IS NULL"
                : "(" + alias + ".known_from <= :knownAt AND (" + alias + ".known_until IS NULL OR " + alias
                + ".known_until > :knownAt))";
    }

    /** A fact that never changes, known from the instant it was recorded. */
    public String recorded(String alias) {
        return instant == null ? "TRUE" : alias + ".recorded_at <= :knownAt";
    }

    /** The instrument as its clauses were defined at the instant (or now): entry into force follows them. */
    public Instrument definitionOf(InstrumentId instrument) {
        return InstrumentCatalogue.asKnownAt(instrument, instant);
    }

    public MapSqlParameterSource addTo(MapSqlParameterSource parameters) {
        return parameters.addValue("knownAt", instant == null ? null : Timestamp.from(instant));
    }
}
