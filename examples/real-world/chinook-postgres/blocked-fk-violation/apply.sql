INSERT INTO album (album_id, title, artist_id) VALUES (348, 'Orphan', 9999);
