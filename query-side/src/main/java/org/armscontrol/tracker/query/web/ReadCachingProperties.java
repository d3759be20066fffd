package org.armscontrol.tracker.query.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long reads as known at a past instant wait before they are declared final ({@code tracker.reads.*}).
 *
 * @param settleTime      how far in the past {@code knownAt} must lie before its answer may be final: an event gets
 *                        its recorded instant before its transaction commits, and the command side's clock may run
 *                        ahead of this one, so an event recorded just before {@code knownAt} may still appear. A
 *                        minute matches the event store's gap timeout ({@code tracker.event-store.gap-timeout-millis}):
 *                        a transaction slower than that is past what the processors wait for anyway
 * @param immutableMaxAge how long a browser may keep a final answer without asking again; bounded so that a new
 *                        release's answers (a field added) reach it in that time
 */
@ConfigurationProperties("tracker.reads")
public record ReadCachingProperties(@DefaultValue("PT1M") Duration settleTime,
                                    @DefaultValue("P1D") Duration immutableMaxAge) {
}
