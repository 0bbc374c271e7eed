INSERT INTO periodic_table ("AtomicNumber", "Element", "Symbol", "Natural")
  VALUES (119, 'Ununennium', 'Uue', false);
