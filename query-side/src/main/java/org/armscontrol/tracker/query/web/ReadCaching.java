package org.armscontrol.tracker.query.web;

import org.armscontrol.tracker.query.admin.ReadModelProcessor;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * Whether a read's answer can still change, told in its {@code Cache-Control}. A read as known at a settled instant
 * (past the settle time, and every event recorded by then handled by the read models) counts only events recorded by
 * then, and no event recorded later can be recorded before it: its answer is final, {@code immutable}. Any other read
 * ({@code knownAt} absent, now or recent, or a valid date that defaults to today) is {@code no-cache}: a browser keeps
 * it but asks again, and the ETag (ShallowEtagHeaderFilter) lets the answer be a 304 when nothing changed. Both are
 * {@code private}: every read needs a signed-in user, so shared caches must not hand answers out.
 */
@Component
public class ReadCaching {

    private final ReadModelProcessor processor;
    private final ReadCachingProperties properties;
    private final Clock clock;

    ReadCaching(ReadModelProcessor processor, ReadCachingProperties properties, Clock clock) {
        this.processor = processor;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param knownAt       the read's knownAt, or null (now)
     * @param validTimeFixed false when the answer depends on today's date (asOf left to default, a file named by
     *                       today), which makes it change the next day whatever knownAt says
     */
    public CacheControl of(Instant knownAt, boolean validTimeFixed) {
        if (validTimeFixed && knownAt != null && settled(knownAt)) {
            return CacheControl.maxAge(properties.immutableMaxAge()).cachePrivate().immutable();
        }
        return CacheControl.noCache().cachePrivate();
    }

    private boolean settled(Instant knownAt) {
        return knownAt.isBefore(clock.instant().minus(properties.settleTime()))
                && processor.handledEverythingRecordedBy(knownAt);
    }
}
