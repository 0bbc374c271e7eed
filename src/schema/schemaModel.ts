/**
 * A clone's schema as `rehearse fuzz --plan` generates before-states for it: per table its
 * columns (type, NOT NULL, default, generated, identity, enum labels, length), keys, foreign
 * keys with their actions, CHECKs and triggers. Read from the database's own catalog
 * (introspectPostgres.ts, introspectSqlite.ts); what it does not model (a CHECK's meaning, a
 * trigger's effect) the database judges when a generated state is loaded.
 */

/** How a column's values are drawn. */
export type ValueCategory = 'integer' | 'numeric' | 'float' | 'text' | 'boolean' | 'date' | 'timestamp' | 'time' | 'enum' | 'other';

export interface ColumnModel {
  readonly name: string;
  /** The declared type as the database shows it (`character varying(45)`, `NVARCHAR(120)`). */
  readonly type: string;
  readonly category: ValueCategory;
  readonly notNull: boolean;
  readonly hasDefault: boolean;
  /** A stored generated column: computed by the database, never written. */
  readonly generated: boolean;
  /** An identity column (`GENERATED … AS IDENTITY`); values are written (COPY overrides `ALWAYS`). */
  readonly identity: boolean;
  /** Longest text the type holds (`varchar(n)`, `char(n)`), `null` for unbounded. */
  readonly maxLength: number | null;
  /** Integer width in bytes (2, 4, 8), `null` for other types. */
  readonly intBytes: number | null;
  readonly enumLabels: readonly string[] | null;
  /** The domain the column's type is, if any (its CHECKs are the database's to judge). */
  readonly domain: string | null;
  /**
   * Postgres, a type not the server's own: the base type under its domains and that type's output
   * function, which its values are read as text with (never a cast to text a user may have added).
   */
  readonly read?: { readonly bindAs: string; readonly output: string | null };
}

export interface ForeignKeyModel {
  readonly name: string;
  readonly columns: readonly string[];
  /** The referenced table's id. */
  readonly references: string;
  readonly referencedColumns: readonly string[];
  readonly onDelete: string;
  readonly onUpdate: string;
  /**
   * Postgres: the table the key is declared on and the key's name, schema-qualified (a state of
   * a cycle is loaded with its keys deferred), and whether it may be deferred as it stands.
   */
  readonly declared?: { readonly table: string; readonly constraint: string; readonly deferrable: boolean };
}

export interface TableModel {
  /** The id captures use (`public.actor`, `"Artist"`). */
  readonly id: string;
  /** How SQL names it (`public.actor`, `"Artist"`). */
  readonly sqlName: string;
  readonly columns: readonly ColumnModel[];
  readonly primaryKey: readonly string[] | null;
  /** Every unique column set (the primary key's too) a row must not repeat. */
  readonly uniques: readonly (readonly string[])[];
  readonly foreignKeys: readonly ForeignKeyModel[];
  /** CHECK constraints as the database prints them. */
  readonly checks: readonly string[];
  readonly triggers: readonly string[];
}

export interface SchemaModel {
  readonly dialect: 'postgres' | 'sqlite';
  /** Tables in an order where every table comes after the tables it references (cycles broken). */
  readonly tables: readonly TableModel[];
}

/** A before-state by value: per table id, rows of column values as text (`null` is NULL). */
export type DataState = Readonly<Record<string, readonly DataRow[]>>;
export type DataRow = Readonly<Record<string, string | null>>;

/** Rows in a state, all tables together. */
export function stateRows(state: DataState): number {
  return Object.values(state).reduce((n, rows) => n + rows.length, 0);
}

/**
 * Tables ordered so that a referenced table comes before the tables referencing it; a cycle is
 * broken at the first table met (its rows then reference only rows of earlier tables or NULL).
 */
export function referenceOrder(tables: readonly TableModel[]): TableModel[] {
  const byId = new Map(tables.map((t) => [t.id, t]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const out: TableModel[] = [];
  const visit = (t: TableModel) => {
    if (done.has(t.id) || visiting.has(t.id)) return;
    visiting.add(t.id);
    for (const fk of t.foreignKeys) {
      const parent = byId.get(fk.references);
      if (parent && parent.id !== t.id) visit(parent);
    }
    visiting.delete(t.id);
    done.add(t.id);
    out.push(t);
  };
  for (const t of [...tables].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) visit(t);
  return out;
}
