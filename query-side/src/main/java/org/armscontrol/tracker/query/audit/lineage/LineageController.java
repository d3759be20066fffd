package org.armscontrol.tracker.query.audit.lineage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Every version of one record, with what changed between versions. */
@RestController
@Tag(name = "Audit")
public class LineageController {

    private static final int MAX_ID_LENGTH = 200;

    private final LineageReader reader;

    LineageController(LineageReader reader) {
        this.reader = reader;
    }

    @GetMapping(path = "/api/audit/records/{recordId}/lineage", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The lineage of a record: each version, who made it when and why, and its field changes",
            description = "recordId is a participation (BLR:CCW-P5), a stockpile (BLR:RBK-500), a vote "
                    + "(BLR:A_RES_79_56) or a statement id, "
                    + "as the write answers and the history's entries give them. 404 when no such record exists.")
    public RecordLineage lineage(@Parameter(example = "BLR:CCW-P5") @PathVariable String recordId) {
        if (recordId.length() > MAX_ID_LENGTH) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no record " + recordId.substring(0, 40) + "…");
        }
        return reader.lineageOf(recordId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no record '" + recordId + "'; record ids are those of the writes' answers (BLR:CCW-P5, "
                        + "BLR:RBK-500, BLR:A_RES_79_56, or a statement id)"));
    }
}
