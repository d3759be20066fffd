-- Keys a client sends and keys an import derives from its rows are two namespaces: a client's write under
-- 'import:k1' must not take the key of a colleague's import row k1. Rows from before: keys of the import and demo
-- forms are taken as the import's (a client key of that form sent earlier stays where it was).
ALTER TABLE idempotency_keys ADD COLUMN scope VARCHAR(10) NOT NULL DEFAULT 'client'
    CHECK (scope IN ('client', 'import'));
UPDATE idempotency_keys SET scope = 'import' WHERE idempotency_key LIKE 'import:%' OR idempotency_key LIKE 'demo-%';
ALTER TABLE idempotency_keys DROP CONSTRAINT idempotency_keys_pkey;
ALTER TABLE idempotency_keys ADD PRIMARY KEY (scope, idempotency_key);
