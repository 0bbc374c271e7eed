/**
 * SQLite's PRAGMA statements, judged by the pragma's name as SQLite reads it: `PRAGMA
 * [schema.]name [= value | (argument)]`, the name and schema each bare or quoted (`"…"`, `[…]`,
 * `` `…` ``, `'…'`), comments anywhere between. A name is compared lower-cased, as SQLite does;
 * what is not on a list is refused (SQLite itself ignores a pragma it does not know).
 */

export interface Pragma {
  /** The schema it names (`main`, `temp`, an attached one), or `null`. */
  readonly schema: string | null;
  /** Its name, lower-cased. */
  readonly name: string;
  /** `= value` follows. */
  readonly assigns: boolean;
  /** `(argument)` follows. */
  readonly argument: boolean;
}

const QUOTES: Readonly<Record<string, string>> = { '"': '"', '[': ']', '`': '`', "'": "'" };

/** Skips white space and comments from `at`; the index of the next token. */
function skip(text: string, at: number): number {
  let i = at;
  for (;;) {
    while (i < text.length && /\s/.test(text.charAt(i))) i++;
    if (text.startsWith('--', i)) {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end + 1;
    } else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
    } else return i;
  }
}

/** An identifier at `at`, bare or quoted, and where it ends; `null` where there is none. */
function identifier(text: string, at: number): { value: string; end: number } | null {
  const open = text[at];
  const close = open === undefined ? undefined : QUOTES[open];
  if (close !== undefined) {
    let value = '';
    for (let i = at + 1; i < text.length; i++) {
      if (text[i] === close) {
        if (close !== ']' && text[i + 1] === close) {
          value += close;
          i++;
          continue;
        }
        return { value, end: i + 1 };
      }
      value += text[i];
    }
    return null;
  }
  const bare = /^[A-Za-z_\u0080-\uffff][\w$\u0080-\uffff]*/.exec(text.slice(at));
  return bare ? { value: bare[0], end: at + bare[0].length } : null;
}

/** The pragma a statement's text runs, or `null` when it is no PRAGMA (or SQLite would not read it as one). */
export function parsePragma(text: string): Pragma | null {
  let i = skip(text, 0);
  const keyword = identifier(text, i);
  // A quoted word is a name, never the keyword.
  if (keyword?.value.toLowerCase() !== 'pragma' || QUOTES[text.charAt(i)] !== undefined) return null;
  i = skip(text, keyword.end);
  const first = identifier(text, i);
  if (!first) return null;
  i = skip(text, first.end);
  let schema: string | null = null;
  let name = first.value;
  if (text[i] === '.') {
    const second = identifier(text, skip(text, i + 1));
    if (!second) return null;
    schema = first.value.toLowerCase();
    name = second.value;
    i = skip(text, second.end);
  }
  return { schema, name: name.toLowerCase(), assigns: text[i] === '=', argument: text[i] === '(' };
}

/**
 * Pragmas that only read, whatever their argument (a table's name, a check's limit): a batch may
 * run them, and so may a clone source.
 */
const READS: ReadonlySet<string> = new Set([
  'collation_list',
  'compile_options',
  'data_version',
  'database_list',
  'foreign_key_check',
  'foreign_key_list',
  'freelist_count',
  'function_list',
  'index_info',
  'index_list',
  'index_xinfo',
  'integrity_check',
  'module_list',
  'page_count',
  'pragma_list',
  'quick_check',
  'table_info',
  'table_list',
  'table_xinfo',
]);

/** Settings of the clone's own database or connection: a clone source may set them, a batch only read them. */
const SETTINGS: ReadonlySet<string> = new Set([
  'application_id',
  'auto_vacuum',
  'automatic_index',
  'busy_timeout',
  'cache_size',
  'cache_spill',
  'case_sensitive_like',
  'cell_size_check',
  'checkpoint_fullfsync',
  'defer_foreign_keys',
  'encoding',
  'foreign_keys',
  'fullfsync',
  'ignore_check_constraints',
  'incremental_vacuum',
  'journal_mode',
  'journal_size_limit',
  'legacy_alter_table',
  'max_page_count',
  'optimize',
  'page_size',
  'query_only',
  'read_uncommitted',
  'recursive_triggers',
  'reverse_unordered_selects',
  'secure_delete',
  'shrink_memory',
  'synchronous',
  'temp_store',
  'user_version',
  'wal_autocheckpoint',
  'wal_checkpoint',
]);

/** Pragmas refused with a reason of their own (any other off the lists: not on the allow-list). */
const REFUSED: Readonly<Record<string, string>> = {
  temp_store_directory: 'names a directory outside the clone',
  data_store_directory: 'names a directory outside the clone',
  writable_schema: 'lets SQL write the schema table itself',
  trusted_schema: "changes which functions the schema's own SQL may call",
  schema_version: 'sets the counter SQLite checks its schema against',
  hard_heap_limit: "changes the whole process's memory limit",
  soft_heap_limit: "changes the whole process's memory limit",
  mmap_size: 'maps the file into the whole process',
};

/** Why a clone source may not run this pragma, or `null` when it may. */
export function pragmaInSourceRefusal(p: Pragma): string | null {
  if (p.schema !== null && p.schema !== 'main' && p.schema !== 'temp') return `acts on schema ${p.schema}, which is not the clone's`;
  if (READS.has(p.name) || SETTINGS.has(p.name)) return null;
  if (p.name === 'schema_version' && !p.assigns && !p.argument) return null;
  return REFUSED[p.name] ?? 'is not on the allow-list of PRAGMAs a clone source may run (docs/boundary.md)';
}

/** Why a batch may not run this pragma, or `null` when it is a read. */
export function pragmaInBatchRefusal(p: Pragma): string | null {
  if (p.schema !== null && p.schema !== 'main' && p.schema !== 'temp') return `acts on schema ${p.schema}, which is not the clone's`;
  // A setting by its list, but it acts: an attacker's review found it READY, its statistics left in production.
  if (p.name === 'optimize')
    return "runs ANALYZE, which writes SQLite's statistics tables (sqlite_stat1, sqlite_stat4): no capture reads them, and no rollback of production's undoes them";
  if (READS.has(p.name) && !p.assigns) return null;
  if ((SETTINGS.has(p.name) || p.name === 'schema_version') && !p.assigns && !p.argument) return null;
  return (
    REFUSED[p.name] ??
    (SETTINGS.has(p.name) ? 'changes a setting (a batch may only read one)' : 'is not on the allow-list of PRAGMAs a batch may read')
  );
}
