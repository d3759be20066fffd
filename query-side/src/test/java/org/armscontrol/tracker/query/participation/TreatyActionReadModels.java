package org.armscontrol.tracker.query.participation;

import org.armscontrol.tracker.query.projection.ReadModelWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** For tests of other packages that read the treaty-action read model: its projection and its reads. */
public final class TreatyActionReadModels {

    private TreatyActionReadModels() {
    }

    public static Object projection(JdbcTemplate jdbc) {
        return new TreatyActionProjection(jdbc, new ReadModelWriter(jdbc));
    }

    public static TreatyActionReadModel reads(NamedParameterJdbcTemplate jdbc) {
        return new TreatyActionReadModel(jdbc);
    }
}
