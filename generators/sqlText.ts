/** How generated SQL spells names and text: one definition for every renderer. */
export type Dialect = 'postgres' | 'sqlite';

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
export const quoteText = (text: string) => `'${text.replaceAll("'", "''")}'`;
export const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
