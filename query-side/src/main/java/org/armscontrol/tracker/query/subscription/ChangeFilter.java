package org.armscontrol.tracker.query.subscription;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;

/** What a subscriber follows: a country, an instrument, both (changes concerning both) or everything (neither). */
public record ChangeFilter(CountryCode country, InstrumentId instrument) {

    public boolean matches(Change change) {
        return (country == null || country.value().equals(change.country()))
                && (instrument == null || change.instruments().contains(instrument.value()));
    }
}
