package org.armscontrol.tracker.query.audit.log;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** The raw event log for auditors: JSON pages, or the whole selection as CSV, streamed as it is read. */
@RestController
@RequestMapping("/api/audit/events")
@Tag(name = "Audit", description = "Who recorded what, when, from which source, and why it changed")
public class AuditEventsController {

    static final int DEFAULT_PAGE = 100;
    static final int MAX_PAGE = 10_000;
    private static final String CSV = "text/csv";
    private static final String KNOWN_AT = "the log as it stood at this instant (ISO-8601 with a zone, e.g. "
            + "2026-11-23T10:15:30Z): only events recorded by then; default now";
    private static final String ORDER = "oldest (default: recorded order) or newest (the latest recorded first)";

    private final AuditLog log;
    private final ObjectMapper mapper;

    AuditEventsController(AuditLog log, ObjectMapper mapper) {
        this.log = log;
        this.mapper = mapper;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The event log in recorded order (or the latest first), with its metadata, one page at a time",
            description = "Filters combine. from/to bound the recorded instant (an ISO instant, or a date meaning "
                    + "that whole day in UTC); knownAt gives the log as it stood at an instant. order=newest lists "
                    + "the latest recorded first. The answer is {events, next}: next is the address of the "
                    + "following page (null on the last). Each event names its record in words (record) beside "
                    + "its id (aggregateId). Ask with Accept: text/csv for the whole selection as CSV.")
    public void page(@RequestParam(required = false) String country,
                     @Parameter(description = "who recorded the events") @RequestParam(required = false) String user,
                     @RequestParam(required = false) String instrument,
                     @RequestParam(required = false) String from,
                     @RequestParam(required = false) String to,
                     @Parameter(description = KNOWN_AT) @RequestParam(required = false) String knownAt,
                     @Parameter(description = ORDER) @RequestParam(required = false) String order,
                     @Parameter(description = "the global index after which the page starts (from next, oldest "
                             + "first)") @RequestParam(required = false) Long after,
                     @Parameter(description = "the global index before which the page starts (from next, newest "
                             + "first)") @RequestParam(required = false) Long before,
                     @Parameter(description = "events per page, 1 to 10,000 (default 100)")
                     @RequestParam(required = false) Integer limit,
                     HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditEventFilter filter = AuditParameters.parse(country, user, instrument, from, to, knownAt, order, after,
                before, limit == null ? Integer.valueOf(DEFAULT_PAGE) : limit, MAX_PAGE);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        AuditEventWriter writer = new JsonAuditEventWriter(mapper, response.getOutputStream());
        long last = stream(filter, writer, response);
        writer.finish(last < 0 ? null : ServletUriComponentsBuilder.fromRequest(request)
                .replaceQueryParam(filter.newestFirst() ? "before" : "after", last).build().toUriString());
        writer.close();
    }

    @GetMapping(produces = CSV)
    @Operation(summary = "The event log as CSV (the whole selection unless limit is given), streamed")
    public void export(@RequestParam(required = false) String country,
                       @RequestParam(required = false) String user,
                       @RequestParam(required = false) String instrument,
                       @RequestParam(required = false) String from,
                       @RequestParam(required = false) String to,
                       @RequestParam(required = false) String knownAt,
                       @RequestParam(required = false) String order,
                       @RequestParam(required = false) Long after,
                       @RequestParam(required = false) Long before,
                       @RequestParam(required = false) Integer limit,
                       HttpServletResponse response) throws IOException {
        AuditEventFilter filter = AuditParameters.parse(country, user, instrument, from, to, knownAt, order, after,
                before, limit, Integer.MAX_VALUE);
        response.setContentType(CSV + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-events.csv\"");
        AuditEventWriter writer = new CsvAuditEventWriter(response.getOutputStream());
        stream(filter, writer, response);
        writer.finish(null);
        writer.close();
    }

    /**
     * Writes every event of the filter; answers the global index of the last when the page is full, else -1. A
     * failure before anything was sent becomes a problem answer; after that, the answer is cut off unfinished
     * (never closed as if complete), so that no client takes a partial log for the whole.
     */
    private long stream(AuditEventFilter filter, AuditEventWriter writer, HttpServletResponse response) {
        AtomicInteger count = new AtomicInteger();
        AtomicLong last = new AtomicLong(-1);
        try {
            log.forEach(filter, event -> {
                try {
                    writer.write(event);
                } catch (IOException e) {
                    throw new UncheckedIOException("the client went away during the export", e);
                }
                count.incrementAndGet();
                last.set(event.globalIndex());
            });
        } catch (RuntimeException e) {
            if (!response.isCommitted()) {
                response.resetBuffer();
                response.setContentType(null);
            }
            throw e;
        }
        return filter.limit() != null && count.get() == filter.limit() ? last.get() : -1;
    }
}
