-- A stockpile declaration may carry a note (issue 16: "not known whether these include submunition versions" had
-- to go into the citation). Null for every declaration recorded before.
ALTER TABLE stockpile_declarations ADD COLUMN note TEXT;
