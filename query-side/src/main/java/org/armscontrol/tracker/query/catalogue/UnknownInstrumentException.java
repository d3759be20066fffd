package org.armscontrol.tracker.query.catalogue;

import org.armscontrol.tracker.shared.catalogue.InstrumentCatalogue;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A path names an instrument that is not in the catalogue: 404. */
public class UnknownInstrumentException extends ResponseStatusException {

    public UnknownInstrumentException(String id) {
        super(HttpStatus.NOT_FOUND, "no instrument '" + id + "' in the catalogue; GET /api/instruments lists them");
    }

    /** The instrument a path names, or 404 when the catalogue has no such id. */
    public static InstrumentId requireKnown(String id) {
        if (!InstrumentCatalogue.contains(id)) {
            throw new UnknownInstrumentException(id);
        }
        return InstrumentId.of(id);
    }
}
