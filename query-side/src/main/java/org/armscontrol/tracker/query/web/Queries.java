package org.armscontrol.tracker.query.web;

import org.axonframework.queryhandling.QueryGateway;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Asks a query and waits for its answer, passing the handler's own exception on unwrapped. */
public final class Queries {

    private Queries() {
    }

    public static <R> R ask(QueryGateway gateway, Object query, Class<R> type) {
        try {
            return gateway.query(query, type).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + query.getClass().getSimpleName(), e);
        } catch (ExecutionException | CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
