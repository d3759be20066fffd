package org.armscontrol.tracker.query.catalogue;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A path names an instrument that is not in the catalogue: 404. */
public class UnknownInstrumentException extends ResponseStatusException {

    public UnknownInstrumentException(String id) {
        super(HttpStatus.NOT_FOUND, "no instrument '" + id + "' in the catalogue; GET /api/instruments lists them");
    }
}
