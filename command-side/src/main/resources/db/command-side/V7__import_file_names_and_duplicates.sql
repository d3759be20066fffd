-- The name of the file an import was given (the request's name, if it gave one), and how many of its statement
-- rows were held back as probable duplicates of statements on record.
ALTER TABLE imports ADD COLUMN file_name TEXT;
ALTER TABLE imports ADD COLUMN probable_duplicates INTEGER NOT NULL DEFAULT 0;
