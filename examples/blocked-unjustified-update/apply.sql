UPDATE birth_registry SET registered_by = 'clerk-9' WHERE id = 1;
