-- A correction may change an action's kind and note as well as its dates (issue 15): the corrections log keeps what
-- each was and became. Null where the correction left it as it was (every correction recorded before).
ALTER TABLE treaty_action_corrections
    ALTER COLUMN action TYPE VARCHAR(32),
    ADD COLUMN corrected_action VARCHAR(32),
    ADD COLUMN wrong_note TEXT,
    ADD COLUMN corrected_note TEXT;
