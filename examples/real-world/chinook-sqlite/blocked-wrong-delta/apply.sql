INSERT INTO Artist (ArtistId, Name) VALUES (276, 'Rollback Rehearsal Band');
