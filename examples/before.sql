-- A small birth registry with one recorded approval. Portable SQL: loads on SQLite and Postgres.
CREATE TABLE birth_registry (
  id INTEGER PRIMARY KEY,
  child_name TEXT NOT NULL,
  born_on TEXT NOT NULL,
  registered_by TEXT NOT NULL
);
INSERT INTO birth_registry (id, child_name, born_on, registered_by) VALUES
  (1, 'Ada', '2024-01-02', 'clerk-1'),
  (2, 'Brendan', '2024-02-11', 'clerk-1'),
  (3, 'Chiamaka', '2024-02-29', 'clerk-2');
CREATE TABLE os_proposal_approvals (id INTEGER PRIMARY KEY, approver TEXT NOT NULL);
INSERT INTO os_proposal_approvals (id, approver) VALUES (1, 'reviewer-a');
