INSERT INTO artist (artist_id, name) VALUES (1, 'AC/DC');
