package org.armscontrol.tracker.shared.query;

import java.util.List;

/** One page of statements, newest first, and how many match in all. */
public record StatementPage(long total, int limit, int offset, List<StatementView> statements) {

    public StatementPage {
        statements = List.copyOf(statements);
    }
}
