package org.armscontrol.tracker.platform.web;

import java.net.URI;

/** The kinds of problem the API answers with; each has a stable {@code type} URI clients can switch on. */
public enum ProblemType {
    INVALID_REQUEST("invalid-request", "The request is invalid"),
    MALFORMED_BODY("malformed-body", "The request body cannot be read"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type"),
    NOT_FOUND("not-found", "Not found"),
    UNAUTHENTICATED("unauthenticated", "Authentication required"),
    FORBIDDEN("forbidden", "Not allowed for your role"),
    CSRF_TOKEN_MISSING("csrf-token-missing", "The browser session's CSRF token is missing or wrong"),
    SIGN_IN_FAILED("sign-in-failed", "Wrong user name or password"),
    SIGN_IN_THROTTLED("sign-in-throttled", "Too many failed sign-ins"),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed"),
    RULE_VIOLATED("rule-violated", "The change breaks a rule of the record"),
    STALE_VERSION("stale-version", "The record has changed since the version given in If-Match"),
    CONCURRENT_MODIFICATION("concurrent-modification", "The record was changed concurrently; retry"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "The Idempotency-Key was already used for another request"),
    PAYLOAD_TOO_LARGE("payload-too-large", "The request body is too large"),
    READ_MODELS_REBUILDING("read-models-rebuilding", "The read models are being rebuilt"),
    REPLAY_NOT_POSSIBLE("replay-not-possible", "The read models cannot be rebuilt now"),
    INTERNAL_ERROR("internal-error", "Internal error");

    private final URI uri;
    private final String title;

    ProblemType(String slug, String title) {
        this.uri = URI.create("urn:position-tracker:problem:" + slug);
        this.title = title;
    }

    public URI uri() {
        return uri;
    }

    public String title() {
        return title;
    }
}
