package org.armscontrol.tracker.query.subscription.webhook;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.armscontrol.tracker.platform.security.Role;
import org.armscontrol.tracker.platform.web.InvalidRequestException;
import org.armscontrol.tracker.platform.web.ProblemType;
import org.armscontrol.tracker.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Outgoing webhooks: each signed-in user registers, lists and removes their own; admins see and remove all. */
@RestController
@RequestMapping(path = "/api/subscriptions/webhooks", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Subscriptions", description = "Be told of every change: server-sent events and webhooks")
public class WebhookController {

    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 500;

    private final Webhooks webhooks;
    private final Deliveries deliveries;
    private final WebhookRequests requests;

    WebhookController(Webhooks webhooks, Deliveries deliveries, WebhookRequests requests) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.requests = requests;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a webhook for the changes recorded from now on",
            description = "Every change of the country and/or instrument (all changes when neither is given) is "
                    + "POSTed to url as JSON, signed: X-Tracker-Signature: sha256=<hex HMAC-SHA256 of "
                    + "'<X-Tracker-Timestamp>.<body>' keyed with the secret>. The secret (generated when absent) is "
                    + "shown in this answer only. Failed deliveries are retried with exponential back-off.")
    public ResponseEntity<Webhook> register(@RequestBody WebhookRequest request, Authentication user) {
        Webhook created = webhooks.add(requests.check(request), user.getName());
        return ResponseEntity.created(URI.create("/api/subscriptions/webhooks/" + created.id())).body(created);
    }

    @GetMapping
    @Operation(summary = "Your webhooks (every user's for admins), without their secrets")
    public WebhookList list(Authentication user) {
        return new WebhookList(webhooks.all(isAdmin(user) ? null : user.getName()).stream()
                .map(Webhook::withoutSecret).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of your webhooks, without its secret")
    public Webhook get(@PathVariable String id, Authentication user) {
        return visible(id, user).withoutSecret();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a webhook, with its pending deliveries and their log")
    public ResponseEntity<Void> delete(@PathVariable String id, Authentication user) {
        webhooks.delete(visible(id, user).id());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "The latest deliveries of a webhook, newest first, each with every attempt")
    public DeliveryLog deliveries(@PathVariable String id,
                                  @Parameter(description = "how many deliveries, 1 to 500 (default 50)")
                                  @RequestParam(required = false) Integer limit, Authentication user) {
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw new InvalidRequestException("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        Webhook webhook = visible(id, user);
        return new DeliveryLog(webhook.id(), deliveries.latest(webhook.id(), limit == null ? DEFAULT_LIMIT : limit));
    }

    /** A registration beyond the cap breaks a rule of the user's webhooks: 409 naming it, as the other rules. */
    @ExceptionHandler(TooManyWebhooksException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyWebhooksException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, ProblemType.RULE_VIOLATED, e.getMessage());
        problem.setProperty("rule", TooManyWebhooksException.RULE);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    /** The webhook if the caller may see it: their own, or any for an admin. */
    private Webhook visible(String id, Authentication user) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new UnknownWebhookException(id);
        }
        return webhooks.find(uuid).filter(webhook -> isAdmin(user) || webhook.createdBy().equals(user.getName()))
                .orElseThrow(() -> new UnknownWebhookException(id));
    }

    private static boolean isAdmin(Authentication user) {
        return user.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + Role.ADMIN.name()));
    }

    public record WebhookList(List<Webhook> webhooks) {
    }

    public record DeliveryLog(UUID webhookId, List<DeliveryView> deliveries) {
    }
}
