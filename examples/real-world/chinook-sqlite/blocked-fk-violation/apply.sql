INSERT INTO Album (AlbumId, Title, ArtistId) VALUES (348, 'Orphan', 9999);
