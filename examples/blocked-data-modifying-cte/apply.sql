WITH moved AS (DELETE FROM birth_registry WHERE id = 3 RETURNING *)
INSERT INTO birth_registry SELECT id + 100, child_name, born_on, registered_by FROM moved;
