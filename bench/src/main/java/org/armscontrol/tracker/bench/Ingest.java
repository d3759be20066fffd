package org.armscontrol.tracker.bench;

import org.armscontrol.tracker.shared.synthetic.SyntheticHistory;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends commands from a {@link SyntheticHistory} through a {@link CommandChannel} from several threads. The commands
 * of one record always go to the same thread, so that they arrive in the order the history wrote them (a ratification
 * after its signature); different records go in parallel, as many clerks would send them.
 */
final class Ingest {

    private static final Object END = new Object();

    private Ingest() {
    }

    static IngestResult run(Iterator<Object> history, long commands, int threads, CommandChannel channel)
            throws InterruptedException {
        List<BlockingQueue<Object>> queues = new ArrayList<>();
        AtomicLong accepted = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            BlockingQueue<Object> queue = new ArrayBlockingQueue<>(1024);
            queues.add(queue);
            workers.add(new Thread(() -> {
                try {
                    for (Object command = queue.take(); command != END; command = queue.take()) {
                        Outcome outcome;
                        try {
                            outcome = channel.send(command);
                        } catch (RuntimeException e) {
                            firstFailure.compareAndSet(null, command.getClass().getSimpleName() + ": " + e);
                            outcome = Outcome.FAILED;
                        }
                        (outcome == Outcome.ACCEPTED ? accepted : outcome == Outcome.REFUSED ? refused : failed)
                                .incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "ingest-" + t));
        }
        long start = System.nanoTime();
        workers.forEach(Thread::start);
        for (long i = 0; i < commands && history.hasNext(); i++) {
            Object command = history.next();
            queues.get(Math.floorMod(SyntheticHistory.recordOf(command).hashCode(), threads)).put(command);
        }
        for (BlockingQueue<Object> queue : queues) {
            queue.put(END);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return new IngestResult(threads, accepted.get(), refused.get(), failed.get(),
                (System.nanoTime() - start) / 1e9, firstFailure.get());
    }
}
