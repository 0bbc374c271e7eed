export interface TableFingerprint {
  readonly rows: number;
  readonly content_hash: string;
  /** Key column names, or `null` for a keyless table (hashed as a multiset). */
  readonly key: readonly string[] | null;
  /** Present (and `false`) only for a materialized view that has not been populated: no rows were read. */
  readonly populated?: false;
}

export interface SequenceFingerprint {
  readonly last_value: string;
  readonly is_called: boolean;
}

/** A database state: everything `after_rollback == before` must hold for. */
export interface Fingerprint {
  readonly format: 'fingerprint/v1';
  readonly backend: 'postgres' | 'sqlite';
  readonly tables: Readonly<Record<string, TableFingerprint>>;
  /** Every schema object's canonical definition, by object id. */
  readonly schema_objects: Readonly<Record<string, string>>;
  readonly schema_hash: string;
  readonly sequences: Readonly<Record<string, SequenceFingerprint>>;
  readonly top_hash: string;
}
