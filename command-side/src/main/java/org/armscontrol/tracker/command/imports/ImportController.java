package org.armscontrol.tracker.command.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.armscontrol.tracker.platform.web.CorrelationIdFilter;
import org.armscontrol.tracker.platform.web.InvalidRequestException;
import org.armscontrol.tracker.platform.web.ProblemType;
import org.armscontrol.tracker.platform.web.Problems;
import org.armscontrol.tracker.shared.value.Recorder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Bulk imports of treaty actions, statements, stockpile declarations and corrections from a CSV or JSON file. */
@RestController
@RequestMapping(path = ImportController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Imports", description = "Many writes from one CSV or JSON file: dry run, progress, report per row")
class ImportController {

    static final String PATH = "/api/imports";
    static final String CSV = "text/csv";
    private static final int MAX_WAIT_SECONDS = 600;
    private static final int MAX_NAME = 255;

    private final ImportFiles files;
    private final ImportJobs jobs;

    ImportController(ImportFiles files, ImportJobs jobs) {
        this.files = files;
        this.jobs = jobs;
    }

    @PostMapping(consumes = {CSV, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Import a file of writes",
            description = "Each row is the body of a single write (treaty-action, statement, stockpile-declaration, "
                    + "correction) with a key; each good row is written as its own write, under the Idempotency-Key "
                    + "import:<key>, so importing the same file again writes nothing new (ALREADY_IMPORTED). A bad "
                    + "row is rejected with the problem its single write would have answered, and never stops the "
                    + "others. dryRun=true checks every row against every rule (earlier rows of the file included) "
                    + "and writes nothing. Answers 201 with the report when the import is done within `wait` "
                    + "seconds, else 202 with its progress; follow Location. 400 for a file that cannot be read "
                    + "(not CSV/JSON, empty, missing key or kind column, unknown column), 413 over "
                    + "tracker.imports.max-body-size, 415 for other content types.")
    ResponseEntity<ImportReport> importFile(
            // Not required: an empty body is an empty file, which ImportFiles explains in terms of files.
            @RequestBody(required = false) @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
                    @Content(mediaType = CSV, schema = @Schema(type = "string", example = """
                            key,kind,country,instrument,action,date,sourceCitation
                            ltu-ccm-signed,treaty-action,LTU,CCM,SIGNED,2008-12-03,UN Treaty Collection""")),
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object",
                            example = """
                                    {"rows": [{"key": "ltu-ccm-signed", "kind": "treaty-action", "body": {
                                      "country": "LTU", "instrument": "CCM", "action": "SIGNED", "date": "2008-12-03",
                                      "source": {"citation": "UN Treaty Collection"}}}]}"""))}) byte[] body,
            @Parameter(description = "check every row, write nothing") @RequestParam(defaultValue = "false")
            boolean dryRun,
            @Parameter(description = "seconds to wait for the import to finish before answering 202 (0-600)")
            @RequestParam(defaultValue = "30") int wait,
            @Parameter(description = "what to do with a statement row that probably duplicates a statement on "
                    + "record (same country and date, same forum or summary): skip (default: hold it back, outcome "
                    + "PROBABLE_DUPLICATE) or import (write it all the same); either way the row carries a warning")
            @RequestParam(defaultValue = "skip") String duplicates,
            @Parameter(description = "the name of the file imported, kept with the import (fileName), at most "
                    + MAX_NAME + " characters") @RequestParam(required = false) String name,
            HttpServletRequest request, Principal principal) {
        if (wait < 0 || wait > MAX_WAIT_SECONDS) {
            throw new InvalidRequestException("wait", "wait must be 0 to " + MAX_WAIT_SECONDS + " seconds");
        }
        Duplicates policy = switch (duplicates) {
            case "skip" -> Duplicates.SKIP;
            case "import" -> Duplicates.IMPORT;
            default -> throw new InvalidRequestException("duplicates", "duplicates must be skip or import");
        };
        String fileName = fileName(name);
        ImportFile file = files.read(MediaType.parseMediaType(request.getContentType()), body);
        ImportReport started = jobs.start(file, fileName, Recorder.of(principal.getName()),
                CorrelationIdFilter.of(request), dryRun, policy);
        ImportReport report = jobs.await(started.importId(), Duration.ofSeconds(wait));
        HttpStatus status = report.status() == ImportStatus.RUNNING ? HttpStatus.ACCEPTED : HttpStatus.CREATED;
        return ResponseEntity.status(status).location(location(report.importId())).body(report);
    }

    @GetMapping("/{id}")
    @Operation(summary = "An import: its progress while it runs, its report per row once done",
            description = "status RUNNING (rows, processed, percent and the counts so far), DONE (with results: "
                    + "every row's outcome, recordId, version and error) or FAILED (with failure). 400 for an id "
                    + "that is no UUID, 404 for an unknown one, and for a clerk (DATA_ENTRY) for an import another "
                    + "user started; auditors and admins read every import.")
    ImportReport find(@PathVariable String id, Authentication user) {
        UUID importId = importId(id);
        return jobs.find(importId).filter(report -> ImportReaders.mayRead(user, report))
                .orElseThrow(() -> new UnknownImportException(importId));
    }

    @GetMapping(path = "/{id}/rejected", produces = CSV)
    @Operation(summary = "The rows of an import that were not written, with their problem, as CSV",
            description = "One line per REJECTED row (status, rule, field, column and detail of its problem, every "
                    + "invalid field in errors) and per PROBABLE_DUPLICATE row (rule PROBABLE_DUPLICATE and the "
                    + "warning), under a header: row, line, key, kind, outcome, status, rule, field, column, detail, "
                    + "errors. An import still running has none yet. Who may read the import may read these.")
    ResponseEntity<byte[]> rejected(@PathVariable String id, Authentication user) {
        ImportReport report = find(id, user);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(CSV + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"import-" + report.importId() + "-rejected.csv\"")
                .body(RowsNotWritten.csv(report));
    }

    @GetMapping
    @Operation(summary = "The latest imports, newest first, without their rows",
            description = "A clerk (DATA_ENTRY) sees the imports they started; auditors and admins every import.")
    Map<String, List<ImportReport>> recent(@Parameter(description = "how many (1-100)")
                                           @RequestParam(defaultValue = "20") int limit, Authentication user) {
        if (limit < 1 || limit > 100) {
            throw new InvalidRequestException("limit", "limit must be 1 to 100");
        }
        return Map.of("imports", ImportReaders.readsEveryImport(user) ? jobs.recent(limit)
                : jobs.recentOf(user.getName(), limit));
    }

    @ExceptionHandler(ImportFileException.class)
    ResponseEntity<ProblemDetail> unreadableFile(ImportFileException e) {
        return respond(Problems.forField(HttpStatus.BAD_REQUEST, e.type(), e.field(), e.getMessage()));
    }

    @ExceptionHandler(UnknownImportException.class)
    ResponseEntity<ProblemDetail> unknownImport(UnknownImportException e) {
        return respond(Problems.of(HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND, e.getMessage()));
    }

    /** The file's name as given, blank as none; one line, since it is shown in lists. */
    private static String fileName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        if (name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidRequestException("name", "name must be one line of at most " + MAX_NAME + " characters");
        }
        return name.strip();
    }

    private static UUID importId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("id", "the import id must be a UUID, as Location gave it");
        }
    }

    private static URI location(UUID id) {
        return URI.create(PATH + "/" + id);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** No import has the id asked for: 404. */
    static class UnknownImportException extends RuntimeException {
        UnknownImportException(UUID id) {
            super("No import " + id + " exists");
        }
    }
}
