INSERT INTO birth_registry (id, child_name, born_on, registered_by) VALUES (4, 'Grace', '2024-03-04', 'clerk-2');
SELECT setval('birth_registry_id_seq', 100);
