-- Chinook: a playlist emptied of one track, a price raised, a track deleted with its playlist rows,
-- as production runs it; the restore script RX-4 proves puts every row back by key.
\set ON_ERROR_STOP on
BEGIN;
DELETE FROM playlist_track WHERE playlist_id = 1 AND track_id = 3402;
UPDATE track SET unit_price = 1.29 WHERE track_id = 1;
DELETE FROM playlist_track WHERE track_id = 3503;
DELETE FROM track WHERE track_id = 3503;
COMMIT;
