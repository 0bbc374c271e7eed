-- A new playlist holding a copy of playlist 1's tracks.
INSERT INTO playlist (playlist_id, name) VALUES (19, 'Rehearsal copy of playlist 1');
INSERT INTO playlist_track (playlist_id, track_id)
  SELECT 19, track_id FROM playlist_track WHERE playlist_id = 1;
