-- A passenger added to the manifest.
INSERT INTO passenger (passengerid, survived, pclass, name, sex, age) VALUES (1310, NULL, 3, 'Rehearsal, Mr. Roll Back', 'male', 30);
