package org.armscontrol.tracker.shared.catalogue;

import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.ValidDate;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An entry of the instrument catalogue.
 *
 * @param id                 the id used everywhere in the API
 * @param shortName          the name analysts use ("Protocol V")
 * @param name               the full title
 * @param kind               what sort of instrument it is
 * @param joining            how a state takes part, hence which actions are open
 * @param openedOn           when states could first act: opened for signature (treaties), adopted (protocols
 *                           joined by consent to be bound, resolutions), established (regimes, codes, initiatives)
 * @param signatureOpenUntil the last day a signature was possible, where the instrument closes signature
 *                           (usually at entry into force), else null
 * @param entryIntoForce     when it entered into force, or null (not yet, or not applicable)
 * @param parent             the instrument this one is annexed to (CCW for its protocols), or null
 */
public record Instrument(InstrumentId id, String shortName, String name, InstrumentKind kind,
                         JoiningProcedure joining, ValidDate openedOn, LocalDate signatureOpenUntil,
                         LocalDate entryIntoForce, InstrumentId parent) {

    public boolean allows(TreatyAction action) {
        return joining.allows(action);
    }

    public boolean signatureRequired() {
        return joining.signatureRequired();
    }

    public Optional<LocalDate> entryIntoForceDate() {
        return Optional.ofNullable(entryIntoForce);
    }
}
