package org.armscontrol.tracker.query.audit.integrity;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A path names a checkpoint that was never taken: 404. */
class UnknownCheckpointException extends ResponseStatusException {

    UnknownCheckpointException(long id) {
        super(HttpStatus.NOT_FOUND, "no checkpoint " + id + "; checkpoints are numbered from 1 in the order taken");
    }
}
