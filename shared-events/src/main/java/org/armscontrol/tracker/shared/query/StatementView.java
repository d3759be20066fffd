package org.armscontrol.tracker.shared.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.armscontrol.tracker.shared.statement.Stance;
import org.armscontrol.tracker.shared.statement.StatementId;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.DatePrecision;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A statement in its current version. */
@JsonPropertyOrder({"statementId", "country", "countryName"})
public record StatementView(StatementId statementId, CountryCode country, LocalDate date, DatePrecision datePrecision,
                            String forum, String location, String speaker, String speakerRole,
                            List<InstrumentId> instruments,
                            Stance stance, String summary, String quote, Source source, long version,
                            boolean retracted, Instant recordedAt, String recordedBy, Instant lastChangedAt) {

    public StatementView {
        instruments = List.copyOf(instruments);
    }

    /** The state's name as the UN writes it, beside its code; derived from the code, so no read model stores it. */
    @JsonProperty(value = "countryName", access = JsonProperty.Access.READ_ONLY)
    public String countryName() {
        return country.name();
    }
}
