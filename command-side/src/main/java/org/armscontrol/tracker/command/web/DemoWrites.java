package org.armscontrol.tracker.command.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.armscontrol.tracker.shared.WriteResult;
import org.armscontrol.tracker.shared.statement.StatementId;
import org.armscontrol.tracker.shared.value.Recorder;
import org.springframework.stereotype.Component;

/**
 * Writes a record given as the JSON body of one of the write endpoints, on behalf of the demo-data loader:
 * the same request types, the same commands, the same idempotency, without HTTP.
 */
@Component
public class DemoWrites {

    static final Recorder DEMO_LOADER = Recorder.of("demo-loader");

    private final CommandSender sender;
    private final ObjectMapper objectMapper;

    public DemoWrites(CommandSender sender, ObjectMapper objectMapper) {
        this.sender = sender;
        this.objectMapper = objectMapper;
    }

    /**
     * @param kind one of {@code treaty-action}, {@code statement}, {@code stockpile-declaration}
     * @param key  a stable key of the record in its data set; the write's Idempotency-Key is derived from it
     */
    public WriteResult write(String kind, String key, JsonNode body) throws JsonProcessingException {
        String path = switch (kind) {
            case "treaty-action" -> "/api/treaty-actions";
            case "statement" -> "/api/statements";
            case "stockpile-declaration" -> "/api/stockpile-declarations";
            default -> throw new IllegalArgumentException("unknown kind of record '" + kind + "' (entry " + key + ")");
        };
        WriteRequest request = new WriteRequest(DEMO_LOADER, "demo-" + key, "demo:" + key, null, "POST", path);
        return switch (kind) {
            case "treaty-action" -> send(objectMapper.treeToValue(body, TreatyActionRequest.class), request);
            case "statement" -> send(objectMapper.treeToValue(body, StatementRequest.class), request);
            default -> send(objectMapper.treeToValue(body, StockpileDeclarationRequest.class), request);
        };
    }

    private WriteResult send(TreatyActionRequest body, WriteRequest request) {
        return sender.send(body.toCommand(null), request, body);
    }

    private WriteResult send(StatementRequest body, WriteRequest request) {
        return sender.send(body.toCommand(StatementId.random()), request, body);
    }

    private WriteResult send(StockpileDeclarationRequest body, WriteRequest request) {
        return sender.send(body.toCommand(null), request, body);
    }
}
