package org.armscontrol.tracker.app;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.logback.StructuredLogEncoder;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The lines one logger writes while it is open, encoded as the deployment writes its console
 * ({@code logging.structured.format.console=ecs}): Spring Boot's own structured-log encoder, on the running
 * application's logger context (which holds its Environment), so a line is exactly what an operator's log
 * collector would receive.
 */
public final class StructuredLogLines extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final Logger logger;
    private final StructuredLogEncoder encoder = new StructuredLogEncoder();
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private StructuredLogLines(Class<?> source, String format) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        this.logger = context.getLogger(source);
        encoder.setContext(context);
        encoder.setFormat(format);
        encoder.start();
        setContext(context);
        start();
        logger.addAppender(this);
    }

    /** Collects what {@code source}'s logger writes, as ECS JSON lines. */
    public static StructuredLogLines ecs(Class<?> source) {
        return new StructuredLogLines(source, "ecs");
    }

    @Override
    protected void append(ILoggingEvent event) {
        lines.add(new String(encoder.encode(event), StandardCharsets.UTF_8).strip());
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        logger.detachAppender(this);
        stop();
        encoder.stop();
    }
}
