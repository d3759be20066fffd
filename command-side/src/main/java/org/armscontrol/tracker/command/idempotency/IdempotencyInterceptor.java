package org.armscontrol.tracker.command.idempotency;

import org.armscontrol.tracker.shared.TrackerMetaData;
import org.armscontrol.tracker.shared.WriteResult;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * Makes a write with an {@code Idempotency-Key} happen at most once.
 * <p>
 * It runs inside the command's unit of work, whose database transaction also appends the events: the key is
 * claimed first (a concurrent request with the same key waits on the row lock), the answer stored after the
 * handler, and both commit or roll back with the events. A repeated request gets the stored answer and no new
 * event; the same key with another request is refused.
 */
public class IdempotencyInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    /** Meta-data naming the key's namespace: {@link #CLIENT} (absent) or {@link #IMPORT}. */
    public static final String SCOPE = "idempotencyScope";
    /** Keys sent by clients in the Idempotency-Key header. */
    public static final String CLIENT = "client";
    /** Keys an import derives from its rows' keys. */
    public static final String IMPORT = "import";

    private final JdbcTemplate jdbc;

    public IdempotencyInterceptor(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        Object key = command.getMetaData().get(TrackerMetaData.IDEMPOTENCY_KEY);
        if (key == null) {
            return chain.proceed();
        }
        Object scope = command.getMetaData().getOrDefault(SCOPE, CLIENT);
        String fingerprint = String.valueOf(command.getMetaData().get(TrackerMetaData.REQUEST_FINGERPRINT));
        int claimed = jdbc.update("""
                        INSERT INTO command_side.idempotency_keys (scope, idempotency_key, fingerprint, command_type,
                        recorded_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT (scope, idempotency_key) DO NOTHING""",
                scope, key, fingerprint, command.getCommandName(),
                String.valueOf(command.getMetaData().get(TrackerMetaData.RECORDED_BY)));
        if (claimed == 0) {
            return earlierAnswer(scope, key.toString(), fingerprint);
        }
        Object result = chain.proceed();
        if (result instanceof WriteResult written) {
            jdbc.update("""
                            UPDATE command_side.idempotency_keys SET aggregate_id = ?, version = ?
                            WHERE scope = ? AND idempotency_key = ?""",
                    written.aggregateId(), written.version(), scope, key);
        }
        return result;
    }

    private WriteResult earlierAnswer(Object scope, String key, String fingerprint) {
        List<StoredAnswer> answers = jdbc.query("""
                        SELECT fingerprint, aggregate_id, version FROM command_side.idempotency_keys
                        WHERE scope = ? AND idempotency_key = ?""",
                (rs, row) -> new StoredAnswer(rs.getString(1), rs.getString(2), rs.getLong(3)), scope, key);
        StoredAnswer answer = answers.get(0);
        if (!answer.fingerprint().equals(fingerprint)) {
            throw new IdempotencyKeyReusedException(key);
        }
        return new WriteResult(answer.aggregateId(), answer.version(), true);
    }

    private record StoredAnswer(String fingerprint, String aggregateId, long version) {
    }
}
