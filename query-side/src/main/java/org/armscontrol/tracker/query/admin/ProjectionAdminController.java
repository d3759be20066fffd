package org.armscontrol.tracker.query.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** Rebuilding the read models, and following their progress. */
@RestController
@RequestMapping(path = "/api/admin/projections", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Projections", description = "State and rebuild of the read models")
public class ProjectionAdminController {

    private final ReadModelProcessor processor;

    ProjectionAdminController(ReadModelProcessor processor) {
        this.processor = processor;
    }

    @GetMapping
    @Operation(summary = "Position, lag and replay progress of each event processor")
    public ProjectionsStatus status() {
        return processor.status();
    }

    @PostMapping("/replay")
    @Operation(summary = "Rebuild every read model from the event store",
            description = "202 when the rebuild has started (it runs in the background: follow it with GET "
                    + "/api/admin/projections); 409 when one already runs. While it runs, reads answer 503.")
    public ResponseEntity<ProjectionsStatus> replay() {
        processor.rebuild();
        return ResponseEntity.accepted().location(URI.create("/api/admin/projections")).body(processor.status());
    }
}
