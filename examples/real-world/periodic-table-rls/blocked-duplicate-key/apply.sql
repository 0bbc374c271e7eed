INSERT INTO periodic_table ("AtomicNumber", "Element") VALUES (1, 'Hydrogen again');
