INSERT INTO artist (artist_id, name) VALUES (276, 'Rollback Rehearsal Band');
