package org.armscontrol.tracker.command.web;

import org.armscontrol.tracker.command.idempotency.IdempotencyInterceptor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.armscontrol.tracker.shared.TrackerMetaData;
import org.armscontrol.tracker.shared.WriteResult;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Sends a command on behalf of a request: with the recorder and the correlation id as metadata, and, when the
 * client gave an Idempotency-Key, the key and a fingerprint of the request, so that a repeat can be told from a
 * different request reusing the key.
 */
@Component
public class CommandSender {

    private final CommandGateway commandGateway;
    private final CommandGateway withoutRetries;
    private final ObjectMapper objectMapper;

    public CommandSender(CommandGateway commandGateway, CommandBus commandBus, ObjectMapper objectMapper) {
        this.commandGateway = commandGateway;
        this.withoutRetries = DefaultCommandGateway.builder().commandBus(commandBus).build();
        this.objectMapper = objectMapper;
    }

    /** Sends {@code command}, built from {@code body}, and waits for the record it wrote. */
    public WriteResult send(Object command, WriteRequest request, Object body) {
        return send(command, request, body, SendOptions.of(request));
    }

    /** Sends {@code command} as {@link #send(Object, WriteRequest, Object)} does, with the options given. */
    public WriteResult send(Object command, WriteRequest request, Object body, SendOptions options) {
        MetaData metaData = MetaData.with(TrackerMetaData.RECORDED_BY, request.recordedBy().username())
                .and(TrackerMetaData.CORRELATION_ID, request.correlationId());
        if (request.idempotencyKey() != null) {
            metaData = metaData.and(TrackerMetaData.IDEMPOTENCY_KEY, request.idempotencyKey())
                    .and(TrackerMetaData.REQUEST_FINGERPRINT, fingerprint(request, options.keyOwner(), body))
                    .and(IdempotencyInterceptor.SCOPE, options.keyScope());
        }
        return (options.retryOnConflict() ? commandGateway : withoutRetries).sendAndWait(command, metaData);
    }

    private String fingerprint(WriteRequest request, String keyOwner, Object body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.method() + " " + request.path() + "\n" + keyOwner + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(objectMapper.writeValueAsBytes(body));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }
}
