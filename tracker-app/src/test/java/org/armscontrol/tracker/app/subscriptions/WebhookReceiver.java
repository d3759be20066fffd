package org.armscontrol.tracker.app.subscriptions;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A receiver of webhooks on a free local port: records every request and answers with the statuses it was given,
 * in turn (200 once they are used up). It listens on {@value #ADDRESS} (loopback, as all of 127/8 is on Linux), the
 * one address the tests allow webhooks to call, so that 127.0.0.1 stays refused as by default.
 */
final class WebhookReceiver implements AutoCloseable {

    static final String ADDRESS = "127.0.0.2";

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Queue<Integer> statuses = new ConcurrentLinkedQueue<>();

    WebhookReceiver(Integer... statuses) throws IOException {
        this.statuses.addAll(List.of(statuses));
        server = HttpServer.create(new InetSocketAddress(ADDRESS, 0), 0);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestMethod(), Map.copyOf(exchange.getRequestHeaders()),
                    new String(body, StandardCharsets.UTF_8)));
            Integer status = this.statuses.poll();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://" + ADDRESS + ":" + server.getAddress().getPort() + "/hook";
    }

    List<Received> received() {
        return received;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** One request as received; header names as the JDK server gives them (first letter upper case). */
    record Received(String method, Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }
    }
}
