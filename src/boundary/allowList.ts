/**
 * The boundary's allow-list. A call, operator or cast is allowed when every function it may
 * resolve to in the clone's catalog is immutable or stable, or is one of the volatile functions
 * below, which have no effect that outlives the statement; `nextval` only on a sequence of the
 * table the statement writes — owned by it, or called by its column defaults (the sequence reset
 * after a rollback puts it back). Functions that
 * run SQL text are refused whatever their marking: what they run is not in the batch.
 */

/** How much a function may do, as `pg_proc.provolatile` says. */
export type Volatility = 'i' | 's' | 'v';

/** Where a function comes from: the server itself, an extension, or the database's own schema. */
export type FunctionOrigin =
  | { readonly kind: 'builtin' }
  | { readonly kind: 'extension'; readonly name: string }
  | { readonly kind: 'user' };

/** One function a name may resolve to. */
export interface FunctionInfo {
  /** Its oid, where a clone's catalog was read. */
  readonly oid?: string;
  /** `schema.name(argument types)`, as `regprocedure` prints it. */
  readonly signature: string;
  readonly schema: string;
  readonly name: string;
  readonly volatility: Volatility;
  readonly origin: FunctionOrigin;
  /** SECURITY DEFINER: it runs as its owner, not as the role that calls it. */
  readonly securityDefiner?: boolean;
  /** A SQLite trigger: statements of the database's own a write runs (named like a function, by its name). */
  readonly trigger?: boolean;
}

/**
 * Volatile functions without lasting effect: random values, the clock, a pause, and reading the
 * session's own sequence values. Each with where it must come from (the server or an extension).
 */
export const VOLATILE_ALLOWED: Readonly<Record<string, readonly string[]>> = {
  random: ['builtin'],
  random_normal: ['builtin'],
  gen_random_uuid: ['builtin', 'pgcrypto'],
  uuidv4: ['builtin'],
  uuidv7: ['builtin'],
  clock_timestamp: ['builtin'],
  timeofday: ['builtin'],
  currval: ['builtin'],
  lastval: ['builtin'],
  pg_sleep: ['builtin'],
  pg_sleep_for: ['builtin'],
  pg_sleep_until: ['builtin'],
  uuid_generate_v1: ['uuid-ossp'],
  uuid_generate_v1mc: ['uuid-ossp'],
  uuid_generate_v4: ['uuid-ossp'],
  gen_random_bytes: ['pgcrypto'],
  gen_salt: ['pgcrypto'],
  // The server's own trigger functions: each computes or compares the row being written, nothing else.
  tsvector_update_trigger: ['builtin'],
  tsvector_update_trigger_column: ['builtin'],
  suppress_redundant_updates_trigger: ['builtin'],
};

/**
 * Extensions whose functions act on the values they are given and nothing else (what of them is
 * volatile is still judged by name, above). A function of any other extension is refused: the
 * list is short on purpose, and grows by a function's review, not by its declaration.
 */
export const EXTENSIONS_ALLOWED: ReadonlySet<string> = new Set([
  'btree_gin',
  'btree_gist',
  'citext',
  'cube',
  'dict_int',
  'dict_xsyn',
  'earthdistance',
  'fuzzystrmatch',
  'hstore',
  'intarray',
  'isn',
  'ltree',
  'pg_trgm',
  'pgcrypto',
  'seg',
  'unaccent',
  'uuid-ossp',
]);

/** Extensions refused by what their functions do: run SQL given as text, or reach other databases. */
export const EXTENSIONS_REFUSED: Readonly<Record<string, string>> = {
  tablefunc: 'runs SQL given as text (crosstab, connectby)',
  xml2: 'runs SQL given as text (xpath_table)',
  dblink: 'connects to other databases',
  postgres_fdw: 'connects to other servers',
  refint: 'runs SQL it builds from its arguments (check_foreign_key)',
};

/**
 * Extensions whose purpose is to reach outside the database: a clone source may not create them,
 * nor may a plan have the engine create them (`clone_from.extensions`) — with one, code of the
 * clone's roles could open a connection to another database of the server, or another server.
 */
export const EXTENSIONS_OUTSIDE: Readonly<Record<string, string>> = {
  dblink: 'connects to other databases',
  postgres_fdw: 'connects to other servers',
  file_fdw: "reads the server's files",
  adminpack: "writes the server's files",
};

/** Why a function of this extension is refused, or `null` where the extension is on the allow-list. */
export function extensionRefusal(extension: string): string | null {
  const refused = Object.hasOwn(EXTENSIONS_REFUSED, extension) ? EXTENSIONS_REFUSED[extension] : undefined;
  if (refused !== undefined) return refused;
  return EXTENSIONS_ALLOWED.has(extension) ? null : 'is not on the allow-list of extensions (docs/boundary.md)';
}

/**
 * Functions that run a query given as text (`ts_rewrite` in its two-argument form), or read a
 * relation named by a value (`table_to_xml`: a view's functions run there): refused whatever their
 * volatility, since what they run is not in the batch.
 */
export const SQL_TEXT_RUNNERS: ReadonlySet<string> = new Set([
  'query_to_xml',
  'table_to_xml',
  'table_to_xmlschema',
  'table_to_xml_and_xmlschema',
  'query_to_xmlschema',
  'query_to_xml_and_xmlschema',
  'cursor_to_xml',
  'cursor_to_xmlschema',
  'schema_to_xml',
  'schema_to_xmlschema',
  'schema_to_xml_and_xmlschema',
  'database_to_xml',
  'database_to_xmlschema',
  'database_to_xml_and_xmlschema',
  'ts_stat',
  'ts_rewrite',
]);

/**
 * The server's functions that make a value of a type named by a value — an oid (`domain_in('5',
 * 'd'::regtype, -1)`, or one read from `pg_type` as the statement runs), a type name as text
 * (`pg_input_is_valid('5', 'd')`): that type's domain CHECKs run, and which type it is cannot be
 * read from the statement. Refused wherever they are met, whatever their volatility (an attacker's
 * review: a domain's CHECK, and a SECURITY DEFINER function behind it, ran unjudged, READY).
 */
export const TYPE_BY_VALUE: ReadonlySet<string> = new Set([
  'domain_in',
  'domain_recv',
  'record_in',
  'record_recv',
  'array_in',
  'array_recv',
  'range_in',
  'range_recv',
  'multirange_in',
  'multirange_recv',
  'enum_in',
  'enum_recv',
  'pg_input_is_valid',
  'pg_input_error_info',
]);

/** Whether a call of `name` with `argCount` arguments runs SQL text. */
export function runsSqlText(name: string, argCount: number): boolean {
  return SQL_TEXT_RUNNERS.has(name) && !(name === 'ts_rewrite' && argCount === 3);
}

/** Whether a volatile function is on the allow-list (by name and origin). */
export function volatileAllowed(fn: FunctionInfo): boolean {
  const from = VOLATILE_ALLOWED[fn.name];
  if (!from) return false;
  return fn.origin.kind === 'builtin' ? from.includes('builtin') : fn.origin.kind === 'extension' && from.includes(fn.origin.name);
}

/** SQLite functions that reach outside the database (loading code, a tokenizer pointer). */
export const SQLITE_REFUSED: ReadonlySet<string> = new Set(['load_extension', 'fts3_tokenizer', 'readfile', 'writefile', 'edit']);
