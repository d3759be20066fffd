package org.armscontrol.tracker.query.subscription;

import org.armscontrol.tracker.query.subscription.webhook.Backoff;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * How subscribers are told of changes ({@code tracker.subscriptions.*}).
 *
 * @param stream   the server-sent events of {@code GET /api/subscriptions/stream}
 * @param webhooks the outgoing webhooks
 */
@ConfigurationProperties("tracker.subscriptions")
public record SubscriptionProperties(@DefaultValue Stream stream, @DefaultValue Webhooks webhooks) {

    /**
     * @param heartbeat   how often a comment line is sent on an idle stream, so that proxies keep the connection open
     *                    (and a client that went away is noticed)
     * @param timeout     how long one connection lasts at most; the client then reconnects with Last-Event-ID and
     *                    misses nothing (connections are thus spread again over the instances)
     * @param maxResume   how many events after Last-Event-ID one connection looks at; when more are due the stream
     *                    ends after them and the reconnection carries on from there
     * @param maxPending  changes waiting for a slow client beyond which its stream is ended (it resumes on reconnect)
     * @param retry       the reconnection delay suggested to clients ({@code retry:} field)
     * @param senders     threads of this instance writing to stream clients, at most; each client is written to by
     *                    one of them at a time, the others' frames wait in their own queue
     */
    public record Stream(@DefaultValue("15s") Duration heartbeat, @DefaultValue("30m") Duration timeout,
                         @DefaultValue("1000") int maxResume, @DefaultValue("1000") int maxPending,
                         @DefaultValue("2s") Duration retry, @DefaultValue("8") int senders) {

        public Stream {
            positive(heartbeat, "tracker.subscriptions.stream.heartbeat");
            positive(timeout, "tracker.subscriptions.stream.timeout");
            atLeastOne(maxResume, "tracker.subscriptions.stream.max-resume");
            atLeastOne(maxPending, "tracker.subscriptions.stream.max-pending");
            atLeastOne(senders, "tracker.subscriptions.stream.senders");
        }
    }

    /**
     * @param maxAttempts    attempts of one delivery (the first included) before it is marked FAILED
     * @param initialBackoff the wait before the first retry; each further retry waits twice as long as the previous
     * @param maxBackoff     the longest wait between two attempts
     * @param connectTimeout how long connecting to a receiver may take
     * @param requestTimeout how long a receiver may take to answer
     * @param workers        threads of this instance sending deliveries
     * @param pollInterval   how often an idle worker looks for due deliveries
     * @param allowedHosts   if not empty, the only hosts webhooks may call (exact names, case-insensitive)
     * @param allowedNetworks addresses or CIDR networks webhooks may call though they are not public (loopback,
     *                       private, link-local...): the operator's own receivers; see {@code WebhookTargets}
     * @param allowedPorts   the ports webhooks may call: numbers or ranges ({@code 8000-8999})
     * @param maxPerUser     how many webhooks one user may have
     */
    public record Webhooks(@DefaultValue("8") int maxAttempts, @DefaultValue("1s") Duration initialBackoff,
                           @DefaultValue("10m") Duration maxBackoff, @DefaultValue("5s") Duration connectTimeout,
                           @DefaultValue("10s") Duration requestTimeout, @DefaultValue("2") int workers,
                           @DefaultValue("1s") Duration pollInterval, @DefaultValue List<String> allowedHosts,
                           @DefaultValue List<String> allowedNetworks,
                           @DefaultValue({"80", "443"}) List<PortRange> allowedPorts,
                           @DefaultValue("20") int maxPerUser) {

        public Webhooks {
            atLeastOne(maxAttempts, "tracker.subscriptions.webhooks.max-attempts");
            positive(initialBackoff, "tracker.subscriptions.webhooks.initial-backoff");
            positive(connectTimeout, "tracker.subscriptions.webhooks.connect-timeout");
            positive(requestTimeout, "tracker.subscriptions.webhooks.request-timeout");
            positive(pollInterval, "tracker.subscriptions.webhooks.poll-interval");
            atLeastOne(workers, "tracker.subscriptions.webhooks.workers");
            if (maxBackoff.compareTo(initialBackoff) < 0) {
                throw new IllegalArgumentException("tracker.subscriptions.webhooks.max-backoff (" + maxBackoff
                        + ") must not be shorter than initial-backoff (" + initialBackoff + ")");
            }
            allowedHosts = allowedHosts == null ? List.of()
                    : allowedHosts.stream().map(host -> host.strip().toLowerCase(Locale.ROOT))
                    .filter(host -> !host.isEmpty()).toList();
            allowedNetworks = allowedNetworks == null ? List.of()
                    : allowedNetworks.stream().map(String::strip).filter(network -> !network.isEmpty()).toList();
            allowedPorts = allowedPorts == null ? List.of() : List.copyOf(allowedPorts);
            atLeastOne(maxPerUser, "tracker.subscriptions.webhooks.max-per-user");
        }

        /** The schedule of retries these settings give. */
        public Backoff backoff() {
            return new Backoff(initialBackoff, maxBackoff, maxAttempts);
        }

        /**
         * How long a worker keeps a delivery it took before another may take it: longer than any attempt can last,
         * so that only a worker that died leaves its deliveries to the others.
         */
        public Duration lease() {
            return connectTimeout.plus(requestTimeout).plusSeconds(30);
        }
    }

    /** A port ({@code 443}) or a range of ports ({@code 8000-8999}), as written in {@code allowed-ports}. */
    public record PortRange(int from, int to) {

        public PortRange {
            if (from < 1 || to > 65_535 || from > to) {
                throw new IllegalArgumentException("tracker.subscriptions.webhooks.allowed-ports: " + from + "-" + to
                        + " is not a port or a range of ports within 1-65535");
            }
        }

        /** Bound from configuration: {@code 443} or {@code 8000-8999}. */
        public static PortRange valueOf(String text) {
            String[] bounds = text.strip().split("-", 2);
            try {
                int from = Integer.parseInt(bounds[0].strip());
                return new PortRange(from, bounds.length == 1 ? from : Integer.parseInt(bounds[1].strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("tracker.subscriptions.webhooks.allowed-ports: " + text
                        + " is not a port or a range of ports (8000-8999)");
            }
        }

        public boolean contains(int port) {
            return from <= port && port <= to;
        }

        @Override
        public String toString() {
            return from == to ? Integer.toString(from) : from + "-" + to;
        }
    }

    private static void positive(Duration duration, String property) {
        if (duration == null || duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(property + " must be a positive duration");
        }
    }

    private static void atLeastOne(int value, String property) {
        if (value < 1) {
            throw new IllegalArgumentException(property + " must be at least 1");
        }
    }
}
