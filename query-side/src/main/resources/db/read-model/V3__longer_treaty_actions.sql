-- PROVISIONALLY_APPLIED, FORMALLY_CONFIRMED and PROVISIONALLY_APPLYING are longer than the 16 characters the first
-- actions and statuses needed. Entry into force for a state is not stored: the reads derive it from each action's
-- (corrected) date and the instrument's rule in the catalogue, so existing rows need no replay.
ALTER TABLE treaty_actions ALTER COLUMN action TYPE VARCHAR(32), ALTER COLUMN status_after TYPE VARCHAR(32);
ALTER TABLE treaty_action_corrections ALTER COLUMN action TYPE VARCHAR(32);
