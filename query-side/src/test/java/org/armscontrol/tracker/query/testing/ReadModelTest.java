package org.armscontrol.tracker.query.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** Base of the projection tests: one read-model database per test class, emptied before each test. */
public abstract class ReadModelTest {

    protected static ReadModelDatabase database;

    @BeforeAll
    static void createDatabase() {
        database = new ReadModelDatabase();
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @BeforeEach
    void emptyTheReadModels() {
        database.clear();
    }
}
