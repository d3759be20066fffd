package org.armscontrol.tracker.query.subscription.stream;

import org.armscontrol.tracker.query.subscription.Change;
import org.armscontrol.tracker.query.subscription.ChangeFilter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter.SseEventBuilder;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * One connected client of the stream. What it is sent goes through a queue of its own, written by one task at a
 * time on a shared executor: the feed of live changes never waits for a slow client, and the client receives its
 * frames in the order they were queued. A client that falls more than {@code maxPending} frames behind is
 * disconnected; it resumes with Last-Event-ID when it reconnects.
 * <p>
 * While the changes it missed are being read (Last-Event-ID), live changes are held back, then sent unless they were
 * among the missed ones, so that the client gets each change once and none is lost between the two.
 */
final class StreamSubscriber {

    private final SseEmitter emitter;
    private final ChangeFilter filter;
    private final Executor sender;
    private final int maxPending;
    private final Deque<Frame> pending = new ArrayDeque<>();
    private List<SentChange> heldBack = new ArrayList<>();
    private Set<Long> replayed = Set.of();
    private boolean sending;
    private boolean closed;

    StreamSubscriber(SseEmitter emitter, ChangeFilter filter, Executor sender, int maxPending) {
        this.emitter = emitter;
        this.filter = filter;
        this.sender = sender;
        this.maxPending = maxPending;
    }

    /** A change from the live feed. */
    synchronized void offer(SentChange change) {
        if (closed || !filter.matches(change.change())) {
            return;
        }
        if (heldBack != null) {
            heldBack.add(change);
            if (heldBack.size() > maxPending) {
                closeSlowClient();
            }
            return;
        }
        if (!replayed.contains(change.change().globalIndex())) {
            enqueue(Frame.of(change));
        }
    }

    /** Sends the changes the client missed, then the live ones held back meanwhile, and goes live. */
    synchronized void resume(List<SentChange> missed) {
        Set<Long> sent = new HashSet<>();
        for (SentChange change : missed) {
            if (filter.matches(change.change())) {
                enqueue(Frame.of(change));
                sent.add(change.change().globalIndex());
            }
        }
        replayed = sent;
        goLive();
    }

    /**
     * Sends the changes the client missed, then tells it to come back for more and ends the stream: more changes are
     * due than one connection replays.
     */
    synchronized void resumeInPart(List<SentChange> missed, long lastLookedAt) {
        missed.stream().filter(change -> filter.matches(change.change())).forEach(change -> enqueue(Frame.of(change)));
        enqueue(new Frame(SseEmitter.event().name("resume").id(Long.toString(lastLookedAt))
                .data("{\"after\":" + lastLookedAt + ",\"more\":true}"), false));
        enqueue(new Frame(null, true));
        heldBack = null;
    }

    synchronized void goLive() {
        if (heldBack == null) {
            return;
        }
        List<SentChange> held = heldBack;
        heldBack = null;
        held.stream().filter(change -> !replayed.contains(change.change().globalIndex()))
                .forEach(change -> enqueue(Frame.of(change)));
    }

    synchronized void comment(String text) {
        enqueue(new Frame(SseEmitter.event().comment(text), false));
    }

    synchronized void send(SseEventBuilder event) {
        enqueue(new Frame(event, false));
    }

    synchronized boolean isClosed() {
        return closed;
    }

    synchronized void close() {
        closed = true;
        pending.clear();
    }

    private void enqueue(Frame frame) {
        if (closed) {
            return;
        }
        if (pending.size() >= maxPending) {
            closeSlowClient();
            return;
        }
        pending.add(frame);
        if (!sending) {
            sending = true;
            execute(this::sendPending);
        }
    }

    private void closeSlowClient() {
        close();
        execute(this::end);
    }

    /** Ends the stream; the client is expected to reconnect (with Last-Event-ID). */
    void end() {
        close();
        try {
            emitter.complete();
        } catch (RuntimeException e) {
            // Already completed, or the response is gone: nothing left to end.
        }
    }

    private void execute(Runnable task) {
        try {
            sender.execute(task);
        } catch (RejectedExecutionException e) {
            // The application is stopping: its streams are being ended anyway.
            closed = true;
            sending = false;
        }
    }

    private void sendPending() {
        while (true) {
            Frame next;
            synchronized (this) {
                next = pending.poll();
                if (next == null) {
                    sending = false;
                    return;
                }
            }
            try {
                if (next.complete()) {
                    end();
                    synchronized (this) {
                        sending = false;
                    }
                    return;
                }
                emitter.send(next.event());
            } catch (IOException | IllegalStateException e) {
                // The client went away (the container then completes the request and the emitter's callbacks
                // unregister this subscriber), or the emitter was completed meanwhile (timeout, shutdown).
                synchronized (this) {
                    closed = true;
                    pending.clear();
                    sending = false;
                }
                return;
            }
        }
    }

    /** An event to send, or the end of the stream. */
    private record Frame(SseEventBuilder event, boolean complete) {

        static Frame of(SentChange change) {
            return new Frame(SseEmitter.event().name("change").id(Long.toString(change.change().globalIndex()))
                    .data(change.json()), false);
        }
    }
}
