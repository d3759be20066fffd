package org.armscontrol.tracker.command.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.armscontrol.tracker.platform.web.FieldParser;
import org.armscontrol.tracker.shared.statement.RecordStatement;
import org.armscontrol.tracker.shared.statement.Speaker;
import org.armscontrol.tracker.shared.statement.Stance;
import org.armscontrol.tracker.shared.statement.StatementContent;
import org.armscontrol.tracker.shared.statement.StatementId;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;

import java.util.List;

/** Body of {@code POST /api/statements}. */
@Schema(description = "What a state said, where and when")
public record StatementRequest(
        @Schema(example = "BLR") String country,
        @Schema(example = "2008-01-17") String date,
        @Schema(example = "DAY", allowableValues = {"DAY", "MONTH", "YEAR"}) String datePrecision,
        @Schema(example = "First 2008 Session of the CCW GGE on Cluster Munitions") String forum,
        @Schema(example = "Geneva") String location,
        @Schema(example = "Ivan Grinevich", description = "who spoke for the state") String speaker,
        @Schema(example = "Counselor, Ministry of Foreign Affairs", description = "the speaker's role; only with "
                + "speaker") String speakerRole,
        @Schema(example = "[\"CCW\", \"CCW-P5\"]") List<String> instruments,
        @Schema(example = "CONDITIONAL", allowableValues = {"SUPPORTS", "OPPOSES", "CONDITIONAL", "NEUTRAL",
                "UNCLEAR"}) String stance,
        @Schema(example = "Humanitarian concerns can be met by full implementation of Protocol V.") String summary,
        String quote,
        SourceBody source) {

    RecordStatement toCommand(StatementId id) {
        FieldParser parser = new FieldParser();
        CountryCode parsedCountry = parser.required("country", country, () -> CountryCode.of(country));
        ValidDate parsedDate = RequestDates.required(parser, "date", date, datePrecision);
        String parsedForum = parser.required("forum", forum, () -> StatementContent.forum(forum));
        String parsedLocation = parser.parse("location", () -> StatementContent.location(location));
        Speaker parsedSpeaker = parser.parse("speaker", () -> Speaker.of(speaker, speakerRole));
        List<InstrumentId> parsedInstruments = StatementFields.instruments(parser, instruments);
        Stance parsedStance = parser.required("stance", stance,
                () -> FieldParser.constant(Stance.class, "stance", stance));
        String parsedSummary = parser.required("summary", summary, () -> StatementContent.summary(summary));
        String parsedQuote = parser.parse("quote", () -> StatementContent.quote(quote));
        Source parsedSource = SourceBody.required(parser, source);
        parser.throwIfInvalid();
        return new RecordStatement(id, parsedCountry, new StatementContent(parsedDate, parsedForum, parsedLocation,
                parsedSpeaker, parsedInstruments, parsedStance, parsedSummary, parsedQuote, parsedSource));
    }
}
