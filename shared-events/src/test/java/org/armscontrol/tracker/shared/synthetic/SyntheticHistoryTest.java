package org.armscontrol.tracker.shared.synthetic;

import org.armscontrol.tracker.shared.participation.TreatyActionCommand;
import org.armscontrol.tracker.shared.statement.AmendStatement;
import org.armscontrol.tracker.shared.statement.RecordStatement;
import org.armscontrol.tracker.shared.stockpile.DeclareStockpile;
import org.armscontrol.tracker.shared.stockpile.ReportStockpileDestruction;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SyntheticHistoryTest {

    private static List<Object> take(long seed, int countries, int commands) {
        List<Object> taken = new ArrayList<>();
        new SyntheticHistory(seed, countries, commands).forEachRemaining(taken::add);
        return taken;
    }

    @Test
    void the_same_seed_gives_the_same_commands_and_another_seed_others() {
        assertThat(take(7, 20, 3000)).isEqualTo(take(7, 20, 3000)).isNotEqualTo(take(8, 20, 3000));
    }

    @Test
    void it_gives_exactly_the_number_of_commands_asked_for() {
        assertThat(take(7, 5, 1234)).hasSize(1234);
        assertThat(new SyntheticHistory(7, 5, 0).hasNext()).isFalse();
        assertThatThrownBy(() -> new SyntheticHistory(7, 5, 0).next())
                .isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void every_kind_of_write_appears_and_every_country_takes_part() {
        List<Object> commands = take(7, 200, 20_000);
        assertThat(commands).hasAtLeastOneElementOfType(TreatyActionCommand.class)
                .hasAtLeastOneElementOfType(RecordStatement.class).hasAtLeastOneElementOfType(AmendStatement.class)
                .hasAtLeastOneElementOfType(DeclareStockpile.class)
                .hasAtLeastOneElementOfType(ReportStockpileDestruction.class);
        Set<String> actions = new HashSet<>();
        Set<String> countries = new HashSet<>();
        for (Object command : commands) {
            if (command instanceof TreatyActionCommand action) {
                actions.add(action.action().name());
                countries.add(action.country().value());
            }
        }
        assertThat(actions).contains("SIGNED", "RATIFIED", "ACCEDED", "JOINED", "ADHERED", "WITHDREW");
        assertThat(countries).hasSize(200);
    }

    @Test
    void a_record_is_first_created_then_changed() {
        Set<Object> created = new HashSet<>();
        for (Object command : take(11, 50, 20_000)) {
            Object record = SyntheticHistory.recordOf(command);
            if (command instanceof AmendStatement || command instanceof ReportStockpileDestruction) {
                assertThat(created).as("%s changes a record created before it", command).contains(record);
            }
            created.add(record);
        }
    }
}
