/** A statement's kind as messages name it (`CREATE DATABASE`, `CREATE TEXT SEARCH DICTIONARY` …), from its parse tree. */
import type { Node } from '../sql/ast.ts';

const KINDS: Readonly<Record<string, string>> = {
  CreatedbStmt: 'CREATE DATABASE',
  DropdbStmt: 'DROP DATABASE',
  AlterDatabaseStmt: 'ALTER DATABASE',
  AlterDatabaseSetStmt: 'ALTER DATABASE',
  AlterDatabaseRefreshCollStmt: 'ALTER DATABASE',
  CreateRoleStmt: 'CREATE ROLE',
  AlterRoleStmt: 'ALTER ROLE',
  AlterRoleSetStmt: 'ALTER ROLE',
  DropRoleStmt: 'DROP ROLE',
  GrantRoleStmt: 'GRANT role',
  ReassignOwnedStmt: 'REASSIGN OWNED',
  DropOwnedStmt: 'DROP OWNED',
  AlterSystemStmt: 'ALTER SYSTEM',
  CreateTableSpaceStmt: 'CREATE TABLESPACE',
  DropTableSpaceStmt: 'DROP TABLESPACE',
  AlterTableSpaceOptionsStmt: 'ALTER TABLESPACE',
  AlterTableMoveAllStmt: 'ALTER … SET TABLESPACE',
  CreateSubscriptionStmt: 'CREATE SUBSCRIPTION',
  AlterSubscriptionStmt: 'ALTER SUBSCRIPTION',
  DropSubscriptionStmt: 'DROP SUBSCRIPTION',
  CopyStmt: 'COPY',
  CreateExtensionStmt: 'CREATE EXTENSION',
  DoStmt: 'DO',
  GrantStmt: 'GRANT',
  AlterOwnerStmt: 'ALTER … OWNER TO',
  AlterTableStmt: 'ALTER TABLE',
  VariableSetStmt: 'SET',
  TransactionStmt: 'transaction control',
  CommentStmt: 'COMMENT',
  SecLabelStmt: 'SECURITY LABEL',
  CreateSchemaStmt: 'CREATE SCHEMA',
  AlterDefaultPrivilegesStmt: 'ALTER DEFAULT PRIVILEGES',
  CreatePolicyStmt: 'CREATE POLICY',
  AlterPolicyStmt: 'ALTER POLICY',
  CreateUserMappingStmt: 'CREATE USER MAPPING',
  AlterUserMappingStmt: 'ALTER USER MAPPING',
  DropUserMappingStmt: 'DROP USER MAPPING',
  ImportForeignSchemaStmt: 'IMPORT FOREIGN SCHEMA',
  SelectStmt: 'SELECT',
  InsertStmt: 'INSERT',
  CreateStmt: 'CREATE TABLE',
  IndexStmt: 'CREATE INDEX',
  CreateFunctionStmt: 'CREATE FUNCTION',
  CallStmt: 'CALL',
  VacuumStmt: 'VACUUM',
  CreateTableAsStmt: 'CREATE TABLE AS',
  ViewStmt: 'CREATE VIEW',
  CreateTrigStmt: 'CREATE TRIGGER',
  RefreshMatViewStmt: 'REFRESH MATERIALIZED VIEW',
  RenameStmt: 'ALTER … RENAME',
  LoadStmt: 'LOAD',
  CheckPointStmt: 'CHECKPOINT',
  CreateSeqStmt: 'CREATE SEQUENCE',
  AlterSeqStmt: 'ALTER SEQUENCE',
  CompositeTypeStmt: 'CREATE TYPE',
  CreateEnumStmt: 'CREATE TYPE … AS ENUM',
};

/** `CreateTableSpaceStmt` → `CREATE TABLE SPACE` where no better name is known. */
export function statementKind(stmt: Node): string {
  const type = Object.keys(stmt)[0] ?? 'UNKNOWN';
  const node = (stmt[type] ?? {}) as Node;
  if (type === 'CreateTableAsStmt' && node.objtype === 'OBJECT_MATVIEW') return 'CREATE MATERIALIZED VIEW';
  // CREATE AGGREGATE, OPERATOR, TYPE, COLLATION, TEXT SEARCH …: one node, told apart by its kind.
  if (type === 'DefineStmt' && typeof node.kind === 'string')
    return `CREATE ${node.kind
      .replace(/^OBJECT_/, '')
      .replace(/^TS(?=[A-Z])/, 'TEXT SEARCH ')
      .replaceAll('_', ' ')}`;
  return (
    KINDS[type] ??
    type
      .replace(/Stmt$/, '')
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toUpperCase()
  );
}
