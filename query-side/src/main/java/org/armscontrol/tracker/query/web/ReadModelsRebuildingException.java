package org.armscontrol.tracker.query.web;

import org.armscontrol.tracker.query.admin.ProjectionsStatus;

/** A read asked for while the read models are rebuilt: 503 with the progress. */
class ReadModelsRebuildingException extends RuntimeException {

    private final transient ProjectionsStatus status;

    ReadModelsRebuildingException(ProjectionsStatus status) {
        super("the read models are being rebuilt from the event store; retry when the rebuild is done");
        this.status = status;
    }

    double progress() {
        return status.processors().stream().mapToDouble(ProjectionsStatus.ProcessorStatus::replayProgress).min()
                .orElse(0);
    }
}
