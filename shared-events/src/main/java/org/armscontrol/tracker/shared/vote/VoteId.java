package org.armscontrol.tracker.shared.vote;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.armscontrol.tracker.shared.value.TextRules;

import java.util.regex.Pattern;

/**
 * Identifies one country's vote on one resolution, written {@code BLR:A_RES_79_56}: URL-safe, and the same for
 * every request about that vote, which is what makes a second vote on the same resolution detectable. The
 * resolution's real symbol travels in the events; this key only names the record.
 */
public record VoteId(CountryCode country, String resolutionKey) {

    private static final Pattern KEY = Pattern.compile("A_RES_[A-Z0-9_-]{1,20}");

    public VoteId {
        TextRules.required(country, "country");
        TextRules.required(resolutionKey, "resolution");
        if (!KEY.matcher(resolutionKey).matches()) {
            throw new InvalidValueException("voteId", TextRules.echo(resolutionKey)
                    + " is not a resolution key (the symbol with / written _, e.g. A_RES_79_56)");
        }
    }

    public static VoteId of(CountryCode country, ResolutionSymbol resolution) {
        return new VoteId(country, resolution.key());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static VoteId parse(String value) {
        int colon = value == null ? -1 : value.indexOf(':');
        if (colon < 0) {
            throw new InvalidValueException("voteId", TextRules.echo(value)
                    + " is not a vote id (COUNTRY:RESOLUTION, e.g. BLR:A_RES_79_56)");
        }
        CountryCode country;
        try {
            country = CountryCode.of(value.substring(0, colon));
        } catch (InvalidValueException e) {
            throw new InvalidValueException("voteId", e.getMessage());
        }
        return new VoteId(country, value.substring(colon + 1));
    }

    @JsonValue
    @Override
    public String toString() {
        return country + ":" + resolutionKey;
    }
}
