package org.armscontrol.tracker.query.processing;

import org.armscontrol.tracker.query.config.ProjectionProperties;
import org.armscontrol.tracker.query.testing.ReadModelDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How many segments an instance takes, given the other instances' heartbeats and rebuild requests. */
class FairShareOfSegmentsTest {

    private static final String PROCESSOR = "read-models";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static ReadModelDatabase database;
    private static ProcessorInstances instances;

    private final FairShareOfSegments share = new FairShareOfSegments(instances,
            new ProjectionProperties(4, 4, 200, Duration.ofSeconds(5), TIMEOUT, "me"));

    @BeforeAll
    static void createDatabase() {
        database = new ReadModelDatabase();
        instances = new ProcessorInstances(database.jdbc());
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @BeforeEach
    void noOtherInstance() {
        database.jdbc().update("DELETE FROM read_model.processor_instances");
        database.jdbc().update("DELETE FROM read_model.rebuild_requests");
        instances.beat(PROCESSOR, "me", TIMEOUT.multipliedBy(10));
    }

    private void otherInstanceLastHeard(String node, String ago) {
        database.jdbc().update("""
                INSERT INTO read_model.processor_instances (processor_name, node_id, heartbeat_at)
                VALUES (?, ?, now() - ?::interval)""", PROCESSOR, node, ago);
    }

    @Test
    void alone_an_instance_takes_every_segment() {
        assertThat(share.getMaxSegments(PROCESSOR)).isEqualTo(4);
    }

    @Test
    void live_instances_split_the_segments_rounding_up() {
        otherInstanceLastHeard("other-1", "1 second");
        assertThat(share.getMaxSegments(PROCESSOR)).isEqualTo(2);
        otherInstanceLastHeard("other-2", "2 seconds");
        assertThat(share.getMaxSegments(PROCESSOR)).isEqualTo(2);
        otherInstanceLastHeard("other-3", "3 seconds");
        otherInstanceLastHeard("other-4", "3 seconds");
        assertThat(share.getMaxSegments(PROCESSOR)).as("more instances than segments: one each").isEqualTo(1);
    }

    @Test
    void an_instance_silent_for_the_claim_timeout_no_longer_counts() {
        otherInstanceLastHeard("dead", "11 seconds");
        assertThat(share.getMaxSegments(PROCESSOR)).isEqualTo(4);
        assertThat(instances.live(PROCESSOR, TIMEOUT)).extracting(ProcessorInstances.Instance::nodeId)
                .containsExactly("me");
    }

    @Test
    void an_instance_that_has_not_beaten_yet_counts_itself() {
        database.jdbc().update("DELETE FROM read_model.processor_instances");
        otherInstanceLastHeard("other", "1 second");
        assertThat(share.getMaxSegments(PROCESSOR)).isEqualTo(2);
    }

    @Test
    void while_another_instance_prepares_a_rebuild_this_one_takes_none() {
        otherInstanceLastHeard("rebuilder", "1 second");
        assertThat(instances.requestRebuild(PROCESSOR, "rebuilder", TIMEOUT)).isTrue();
        assertThat(share.getMaxSegments(PROCESSOR)).isZero();
        assertThat(instances.requestRebuild(PROCESSOR, "me", TIMEOUT))
                .as("a second rebuild request while one is pending").isFalse();

        instances.endRebuildRequest(PROCESSOR, "rebuilder");
        assertThat(share.getMaxSegments(PROCESSOR)).isEqualTo(2);
    }

    @Test
    void its_own_rebuild_request_does_not_make_an_instance_step_aside() {
        assertThat(instances.requestRebuild(PROCESSOR, "me", TIMEOUT)).isTrue();
        assertThat(share.getMaxSegments(PROCESSOR)).isEqualTo(4);
    }

    @Test
    void a_rebuild_request_left_by_a_dead_instance_expires() {
        database.jdbc().update("""
                INSERT INTO read_model.rebuild_requests (processor_name, node_id, requested_at)
                VALUES (?, 'crashed', now() - interval '1 minute')""", PROCESSOR);
        assertThat(share.getMaxSegments(PROCESSOR)).isEqualTo(4);
        assertThat(instances.requestRebuild(PROCESSOR, "me", TIMEOUT)).isTrue();
    }

    @Test
    void the_claim_timeout_must_leave_room_for_two_claim_rounds() {
        assertThatThrownBy(() -> new ProjectionProperties(4, 4, 200, Duration.ofSeconds(5), Duration.ofSeconds(9),
                null)).hasMessageContaining("claim-timeout");
        assertThat(new ProjectionProperties(4, 4, 200, Duration.ofSeconds(5), TIMEOUT, null).nodeId())
                .as("a default node id").isNotBlank();
    }
}
