INSERT INTO periodic_table ("Element") VALUES ('Nameless');
