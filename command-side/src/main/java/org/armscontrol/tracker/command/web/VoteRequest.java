package org.armscontrol.tracker.command.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.armscontrol.tracker.platform.web.FieldParser;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.armscontrol.tracker.shared.vote.RecordVote;
import org.armscontrol.tracker.shared.vote.ResolutionSymbol;
import org.armscontrol.tracker.shared.vote.VoteCast;
import org.armscontrol.tracker.shared.vote.VoteInstruments;

import java.util.List;

/** Body of {@code POST /api/votes}. */
@Schema(description = "How a country voted on a UN General Assembly resolution")
public record VoteRequest(
        @Schema(example = "BLR") String country,
        @Schema(example = "A/RES/79/56", description = "the resolution's document symbol") String resolution,
        @Schema(example = "Implementation of the Convention on Cluster Munitions") String title,
        @Schema(example = "2024-12-02") String date,
        @Schema(example = "DAY", allowableValues = {"DAY", "MONTH", "YEAR"}) String datePrecision,
        @Schema(example = "ABSTAIN", allowableValues = {"YES", "NO", "ABSTAIN", "ABSENT"}) String vote,
        @Schema(example = "[\"CCM\"]", description = "the instruments the resolution concerns") List<String> instruments,
        SourceBody source) {

    RecordVote toCommand(Long expectedVersion) {
        FieldParser parser = new FieldParser();
        CountryCode parsedCountry = parser.required("country", country, () -> CountryCode.of(country));
        ResolutionSymbol parsedResolution = parser.required("resolution", resolution,
                () -> ResolutionSymbol.of(resolution));
        String parsedTitle = parser.parse("title", () -> RecordVote.title(title));
        ValidDate parsedDate = RequestDates.required(parser, "date", date, datePrecision);
        VoteCast parsedVote = parser.required("vote", vote, () -> FieldParser.constant(VoteCast.class, "vote", vote));
        List<InstrumentId> parsedInstruments = StatementFields.instruments(parser, instruments,
                VoteInstruments::check);
        Source parsedSource = SourceBody.required(parser, source);
        parser.throwIfInvalid();
        return new RecordVote(parsedCountry, parsedResolution, parsedTitle, parsedDate, parsedVote, parsedInstruments,
                parsedSource, expectedVersion);
    }
}
