-- An actor, and a film they play in (the stock dump: its schema and its data, two files).
INSERT INTO actor (actor_id, first_name, last_name) VALUES (201, 'ROLL', 'BACK');
INSERT INTO film_actor (actor_id, film_id) VALUES (201, 1);
