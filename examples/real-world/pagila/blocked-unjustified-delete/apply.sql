DELETE FROM rental WHERE rental_id = 1;
