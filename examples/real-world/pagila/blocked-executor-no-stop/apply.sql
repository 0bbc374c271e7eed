-- Pagila: a new actor, and customer 1's new email, as production runs it:
--   psql -X -f apply.sql "$DATABASE_URL"
\echo 'pagila: a new actor, customer 1 email'
BEGIN;
INSERT INTO actor (first_name, last_name) VALUES ('PENELOPE', 'CRUZ');
-- fires the dump's last_updated trigger (BEFORE UPDATE: it sets last_update)
UPDATE customer SET email = 'mary.smith@example.org' WHERE customer_id = 1;
COMMIT;
