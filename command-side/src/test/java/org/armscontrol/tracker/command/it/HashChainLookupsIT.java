package org.armscontrol.tracker.command.it;

import org.armscontrol.tracker.platform.integrity.HashLookup;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * Sealing an event costs no read of the event store: the command handler has just loaded the record, so the hash of
 * its last event is known in the unit of work. The stored-hash lookup is spied on to count its calls.
 */
class HashChainLookupsIT extends CommandSideIntegrationTest {

    @MockitoSpyBean
    HashLookup storedHashes;

    @Test
    void amending_a_stored_statement_chains_to_its_last_event_without_looking_it_up() {
        String id = asAlice().body(StatementsIT.JANUARY_2008.formatted(freshCountry())).post("/api/statements")
                .then().statusCode(201).extract().path("statementId");
        clearInvocations(storedHashes);

        for (int version = 1; version <= 2; version++) {
            asAlice().body("{\"summary\": \"Summary, version " + version + "\", \"reason\": \"Re-read the notes\"}")
                    .post("/api/statements/{id}/amendments", id).then().statusCode(200);
        }

        verify(storedHashes, never()).hashAt(anyString(), anyLong());
        List<Map<String, Object>> links = jdbc.queryForList("SELECT convert_from(metadata, 'UTF8')::jsonb ->> "
                + "'previousHash' AS previous, convert_from(metadata, 'UTF8')::jsonb ->> 'hash' AS hash "
                + "FROM event_store.events WHERE aggregate_id = ? ORDER BY sequence_number", id);
        assertThat(links).hasSize(3);
        for (int i = 1; i < links.size(); i++) {
            assertThat(links.get(i).get("previous")).isEqualTo(links.get(i - 1).get("hash"));
        }
    }
}
