-- Pagila: payment 16056 refunded (its row leaves the February partition), its rental's return date
-- corrected and film 1's rental rate raised, as production runs it. The UPDATEs fire the dump's
-- triggers (last_updated stamps last_update; the film's full-text trigger rewrites fulltext); the
-- restore script RX-4 proves disables them for its own transaction and puts every row back as it was.
\set ON_ERROR_STOP on
BEGIN;
DELETE FROM payment WHERE payment_id = 16056;
UPDATE rental SET return_date = return_date + interval '1 day' WHERE rental_id = 193;
UPDATE film SET rental_rate = 1.99 WHERE film_id = 1;
COMMIT;
