/** What the engine runs SQL through on a clone: a session, and a Postgres session's COPY. */

/** A SQL session on one clone. Values come back as the backend's driver returns them. */
export interface Session {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs one or more statements without results. */
  exec(sql: string): Promise<void>;
  /**
   * Runs exactly one statement, as the backend itself reads it: a text it reads as more than one
   * is refused by the backend (Postgres: the extended query protocol; SQLite: prepare), so an
   * apply batch runs exactly the statements the boundary classified.
   */
  runStatement(sql: string): Promise<void>;
  /** Whether a transaction block is open on this session right now. */
  inTransaction(): boolean;
  /**
   * The connection its statements run on now, where prepared statements live (two sessions over
   * one connection share them); absent or `null`: the session itself.
   */
  connection?(): object | null;
  /**
   * SQLite: the connection's functions are SQLite's own (its build's), the same on every such
   * connection — the target opened it and it refuses a program's function, aggregate, table or extension.
   */
  readonly builtinFunctionsOnly?: boolean;
}

/** A Postgres-family session: COPY out (capture) and in (loading dumps). */
export interface CopyOutSession extends Session {
  /** Hands every chunk of the COPY output to `consume`; returns the number of rows copied. */
  copyOut(copyToStdout: string, consume: (chunk: Uint8Array) => void): Promise<number>;
  /** Runs `COPY … FROM STDIN` with `data` (COPY text format). */
  copyIn(copyFromStdin: string, data: Uint8Array | Iterable<Uint8Array>): Promise<void>;
}
