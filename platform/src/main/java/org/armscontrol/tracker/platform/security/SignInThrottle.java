package org.armscontrol.tracker.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Failed sign-ins counted per user name and per client address (Caffeine caches that forget a count once its
 * window has passed): after {@code max-failures} for a user name, or {@code max-failures-per-address} from one
 * address, within {@code window}, sign-ins for that name (or from that address) are refused for {@code lockout},
 * before any password is checked. A successful sign-in clears the name's count. Counted from Spring Security's
 * authentication events, so HTTP Basic and the web UI's sign-in form count alike.
 */
public class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final SignInThrottleProperties properties;
    private final Cache<String, AtomicInteger> failures;
    /** The ticker's reading until which a key is refused. */
    private final Cache<String, Long> lockedUntil;
    private final Ticker ticker;

    public SignInThrottle(SignInThrottleProperties properties) {
        this(properties, Ticker.systemTicker());
    }

    SignInThrottle(SignInThrottleProperties properties, Ticker ticker) {
        this.properties = properties;
        this.ticker = ticker;
        this.failures = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(properties.window())
                .maximumSize(properties.maxTracked()).build();
        this.lockedUntil = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(properties.lockout())
                .maximumSize(properties.maxTracked()).build();
    }

    /** How long sign-ins of {@code username} from {@code address} stay refused, if they are. */
    public Optional<Duration> refusedFor(String username, String address) {
        long now = ticker.read();
        return Stream.of(userKey(username), addressKey(address))
                .filter(Objects::nonNull)
                .map(lockedUntil::getIfPresent)
                .filter(Objects::nonNull)
                .map(until -> Duration.ofNanos(until - now))
                .filter(left -> !left.isNegative() && !left.isZero())
                .max(Duration::compareTo);
    }

    @EventListener
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        Authentication attempt = event.getAuthentication();
        count(userKey(attempt.getName()), properties.maxFailures());
        count(addressKey(address(attempt)), properties.maxFailuresPerAddress());
    }

    @EventListener
    public void succeeded(AuthenticationSuccessEvent event) {
        String key = userKey(event.getAuthentication().getName());
        if (key != null) {
            failures.invalidate(key);
        }
    }

    private void count(String key, int max) {
        if (key == null) {
            return;
        }
        int count = failures.asMap().compute(key, (k, counter) -> {
            AtomicInteger next = counter == null ? new AtomicInteger() : counter;
            next.incrementAndGet();
            return next;
        }).get();
        if (count >= max) {
            failures.invalidate(key);
            lockedUntil.put(key, ticker.read() + properties.lockout().toNanos());
            log.warn("Sign-in: {} failed sign-ins for {} within {}; refused for {}", count, key, properties.window(),
                    properties.lockout());
        }
    }

    private static String address(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }

    /** User names are matched regardless of case, as the users are looked up. */
    private static String userKey(String username) {
        return username == null || username.isEmpty() ? null : "user " + username.toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return address == null || address.isEmpty() ? null : "address " + address;
    }
}
