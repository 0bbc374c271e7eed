INSERT INTO film_actor (actor_id, film_id) VALUES (9999, 1);
