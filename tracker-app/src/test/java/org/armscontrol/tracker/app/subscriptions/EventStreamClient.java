package org.armscontrol.tracker.app.subscriptions;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client of a text/event-stream, as a browser's EventSource reads it: lines gathered into events at each blank
 * line, comments kept apart. Reads on a thread of its own; the test takes the events as they come.
 */
final class EventStreamClient implements AutoCloseable {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<ServerSentEvent> events = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> comments = new LinkedBlockingQueue<>();
    private final Thread reader;

    private EventStreamClient(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reader = new Thread(this::read, "event-stream-client");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /** Connects as {@code user} and waits until the server says the subscription is in place. */
    static EventStreamClient connect(int port, String query, String user, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/subscriptions/stream" + query))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<Stream<String>> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/event-stream"));
        EventStreamClient client = new EventStreamClient(response);
        assertThat(client.comments.poll(10, TimeUnit.SECONDS)).as("first comment").isEqualTo("connected");
        return client;
    }

    private void read() {
        String event = null;
        String id = null;
        List<String> data = new ArrayList<>();
        try {
            for (String line : (Iterable<String>) response.body()::iterator) {
                if (line.isEmpty()) {
                    if (!data.isEmpty() || event != null) {
                        events.add(new ServerSentEvent(event == null ? "message" : event, id, String.join("\n", data)));
                    }
                    event = null;
                    id = null;
                    data.clear();
                } else if (line.startsWith(":")) {
                    comments.add(line.substring(1).strip());
                } else {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
                    switch (field) {
                        case "event" -> event = value;
                        case "id" -> id = value;
                        case "data" -> data.add(value);
                        default -> { /* retry: and unknown fields */ }
                    }
                }
            }
            events.add(ServerSentEvent.END);
        } catch (UncheckedIOException e) {
            // closed by the test
        }
    }

    /** The next event, or null if none comes within {@code timeout}. */
    ServerSentEvent next(Duration timeout) throws InterruptedException {
        return events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The comments received so far (and from now on). */
    BlockingQueue<String> comments() {
        return comments;
    }

    @Override
    public void close() {
        response.body().close();
        reader.interrupt();
    }

    /** One event of the stream; {@link #END} when the server ended it. */
    record ServerSentEvent(String event, String id, String data) {
        static final ServerSentEvent END = new ServerSentEvent("(end of stream)", null, "");
    }
}
