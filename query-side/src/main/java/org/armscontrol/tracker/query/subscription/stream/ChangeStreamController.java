package org.armscontrol.tracker.query.subscription.stream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.armscontrol.tracker.platform.web.FieldParser;
import org.armscontrol.tracker.query.subscription.ChangeFilter;
import org.armscontrol.tracker.query.subscription.SubscriptionProperties;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The changes as server-sent events, from the moment the client connects (or from its Last-Event-ID). */
@RestController
@Tag(name = "Subscriptions")
public class ChangeStreamController {

    static final String LAST_EVENT_ID = "Last-Event-ID";

    private final LiveChanges live;
    private final MissedChanges missed;
    private final SubscriptionProperties.Stream properties;

    ChangeStreamController(LiveChanges live, MissedChanges missed, SubscriptionProperties properties) {
        this.live = live;
        this.missed = missed;
        this.properties = properties.stream();
    }

    @GetMapping(path = "/api/subscriptions/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Every change recorded from now on, as server-sent events",
            description = "Each change is an event 'change' whose id is its global index and whose data is its "
                    + "JSON. Send Last-Event-ID (browsers' EventSource does on reconnecting) to get the changes "
                    + "after it first; when more are due than one connection replays, an event 'resume' ends the "
                    + "stream and the reconnection carries on. A comment line is sent every 15 s when idle.")
    public SseEmitter stream(@Parameter(description = "only changes of this country (ISO 3166-1 alpha-3)")
                             @RequestParam(required = false) String country,
                             @Parameter(description = "only changes concerning this instrument")
                             @RequestParam(required = false) String instrument,
                             @Parameter(description = "resume after this global index")
                             @RequestHeader(name = LAST_EVENT_ID, required = false) String lastEventId) {
        FieldParser parser = new FieldParser();
        CountryCode code = parser.optional("country", country, () -> CountryCode.of(country));
        InstrumentId instrumentId = parser.optional("instrument", instrument, () -> InstrumentId.of(instrument));
        Long after = parser.optional(LAST_EVENT_ID, blankToNull(lastEventId), () -> globalIndex(lastEventId));
        parser.throwIfInvalid();

        SseEmitter emitter = new SseEmitter(properties.timeout().toMillis());
        StreamSubscriber subscriber = new StreamSubscriber(emitter, new ChangeFilter(code, instrumentId),
                live.senders(), properties.maxPending());
        emitter.onCompletion(() -> live.remove(subscriber));
        // At its timeout the stream simply ends (the client reconnects with Last-Event-ID), rather than the
        // request failing with a timeout error that could no longer be written to the client anyway.
        emitter.onTimeout(() -> {
            live.remove(subscriber);
            subscriber.end();
        });
        emitter.onError(error -> live.remove(subscriber));
        // Registered first (holding live changes back until it goes live), then told: once the client reads
        // "connected", every change recorded from then on reaches it. The comment also starts the response at once.
        live.add(subscriber);
        subscriber.send(SseEmitter.event().comment("connected").reconnectTime(properties.retry().toMillis()));
        if (after == null) {
            subscriber.goLive();
        } else {
            MissedChanges.Missed changes = missed.after(after, properties.maxResume());
            if (changes.more()) {
                subscriber.resumeInPart(changes.changes(), changes.lastLookedAt());
            } else {
                subscriber.resume(changes.changes());
            }
        }
        return emitter;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static long globalIndex(String raw) {
        try {
            long index = Long.parseLong(raw.strip());
            if (index >= 0) {
                return index;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidValueException(LAST_EVENT_ID, LAST_EVENT_ID + " must be the id of an event of this "
                + "stream (a global index, 0 or more)");
    }
}
