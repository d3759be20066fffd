package org.armscontrol.tracker.shared.vote;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.TextRules;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.List;

/**
 * Records how a country voted on a General Assembly resolution. A country votes once per resolution, so the
 * record is named by both ({@link VoteId}).
 *
 * @param title       the resolution's title, or null
 * @param instruments the catalogue's instruments the resolution concerns (at least one)
 */
public record RecordVote(CountryCode country, ResolutionSymbol resolution, String title, ValidDate date,
                         VoteCast vote, List<InstrumentId> instruments, Source source,
                         @TargetAggregateVersion Long expectedVersion) {

    public static final int MAX_TITLE_LENGTH = 500;

    public RecordVote {
        TextRules.required(country, "country");
        TextRules.required(resolution, "resolution");
        title = title(title);
        TextRules.required(date, "date");
        TextRules.required(vote, "vote");
        instruments = VoteInstruments.check(instruments);
        TextRules.required(source, "source");
    }

    public static String title(String title) {
        return TextRules.optionalLine(title, "title", MAX_TITLE_LENGTH);
    }

    @TargetAggregateIdentifier
    public VoteId voteId() {
        return VoteId.of(country, resolution);
    }
}
