INSERT INTO actor (first_name, last_name) VALUES ('PENELOPE', 'CRUZ');
