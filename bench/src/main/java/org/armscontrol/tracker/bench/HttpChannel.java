package org.armscontrol.tracker.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.armscontrol.tracker.shared.statement.RecordStatement;
import org.armscontrol.tracker.shared.statement.StatementId;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Commands as a client sends them: JSON over HTTP to the command side's API, signed in with a bearer token. The
 * server names new statements itself; amendments of them are sent to the name it gave.
 */
final class HttpChannel implements CommandChannel {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String baseUrl;
    private final String token;
    private final Map<StatementId, String> statementIds = new ConcurrentHashMap<>();
    private final AtomicInteger refusalsShown = new AtomicInteger();

    HttpChannel(int port, String token) {
        this.baseUrl = "http://127.0.0.1:" + port;
        this.token = token;
    }

    @Override
    public Outcome send(Object command) {
        ApiRequest request = ApiRequest.of(command, id -> statementIds.getOrDefault(id, id.value().toString()));
        HttpResponse<String> response = post(request);
        int status = response.statusCode();
        if (status == 201 || status == 200) {
            if (command instanceof RecordStatement recorded) {
                statementIds.put(recorded.statementId(), field(response.body(), "statementId"));
            }
            return Outcome.ACCEPTED;
        }
        if (status == 409 || status == 400 || status == 404) {
            if (refusalsShown.incrementAndGet() <= 3) {
                System.out.println("  (refused: " + request.path() + " " + status + " " + response.body() + ")");
            }
            return Outcome.REFUSED;
        }
        throw new IllegalStateException(request.path() + " answered " + status + ": " + response.body());
    }

    private HttpResponse<String> post(ApiRequest request) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(baseUrl + request.path()))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(request.body())))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String field(String body, String name) {
        try {
            JsonNode node = json.readTree(body).get(name);
            return node == null ? null : node.asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
