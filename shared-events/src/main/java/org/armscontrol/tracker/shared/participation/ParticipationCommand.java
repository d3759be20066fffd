package org.armscontrol.tracker.shared.participation;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A command to the {@code TreatyParticipation} of one country in one instrument. */
public interface ParticipationCommand {

    CountryCode country();

    InstrumentId instrument();

    /** The version the client last saw ({@code If-Match}), or null to skip the check. */
    @TargetAggregateVersion
    Long expectedVersion();

    @TargetAggregateIdentifier
    default ParticipationId participationId() {
        return new ParticipationId(country(), instrument());
    }
}
