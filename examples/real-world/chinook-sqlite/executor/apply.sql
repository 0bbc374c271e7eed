-- Chinook: a new artist, and an album renamed, as production runs it:
--   sqlite3 chinook.db < apply.sql
.bail on
.print chinook: a new artist, album 1 renamed
BEGIN IMMEDIATE;
INSERT INTO Artist (ArtistId, Name) VALUES (276, 'Rollback Rehearsal Band');
UPDATE Album SET Title = 'For Those About To Rock (Remastered)' WHERE AlbumId = 1;
COMMIT;
