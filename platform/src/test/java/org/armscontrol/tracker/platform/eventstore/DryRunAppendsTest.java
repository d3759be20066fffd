package org.armscontrol.tracker.platform.eventstore;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dry run of a thread: its sequence counts down in its session's own range, and it ends where it began. */
class DryRunAppendsTest {

    private final List<String> executed = new ArrayList<>();

    @Test
    void the_sequence_of_a_session_counts_down_in_a_range_of_its_own() throws Exception {
        try (DryRunAppends ignored = DryRunAppends.begin(session(7))) {
            assertThat(DryRunAppends.inProgress()).isTrue();
        }
        assertThat(DryRunAppends.inProgress()).isFalse();
        long range = 1L << 31;
        assertThat(executed).containsExactly("CREATE TEMPORARY SEQUENCE dry_run_global_index INCREMENT BY -1 "
                + "MINVALUE " + -(8 * range) + " MAXVALUE " + (-(7 * range) - 1) + " START WITH "
                + (-(7 * range) - 1) + " NO CYCLE");
    }

    @Test
    void the_largest_process_id_stays_within_bigint() throws Exception {
        try (DryRunAppends ignored = DryRunAppends.begin(session(Integer.MAX_VALUE))) {
            assertThat(executed.get(0)).contains("MINVALUE " + -((Integer.MAX_VALUE + 1L) << 31));
        }
    }

    @Test
    void a_thread_runs_one_dry_run_at_a_time() throws Exception {
        try (DryRunAppends ignored = DryRunAppends.begin(session(7))) {
            assertThatThrownBy(() -> DryRunAppends.begin(session(7))).isInstanceOf(IllegalStateException.class);
            assertThat(DryRunAppends.inProgress()).isTrue();
        }
        assertThat(DryRunAppends.inProgress()).isFalse();
    }

    /** A connection to the backend with process id {@code pid}, recording the statements it executes. */
    private Connection session(long pid) {
        ResultSet row = proxy(ResultSet.class, (method, arguments) -> switch (method) {
            case "next" -> true;
            case "getLong" -> pid;
            default -> null;
        });
        Statement statement = proxy(Statement.class, (method, arguments) -> switch (method) {
            case "executeQuery" -> row;
            case "execute" -> executed.add((String) arguments[0]);
            default -> null;
        });
        return proxy(Connection.class, (method, arguments) -> "createStatement".equals(method) ? statement : null);
    }

    private interface Answer {
        Object answer(String method, Object[] arguments);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type},
                (proxy, method, arguments) -> answer.answer(method.getName(), arguments)));
    }
}
