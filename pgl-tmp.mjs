import { PGlite } from '@electric-sql/pglite';
import { readFileSync } from 'node:fs';
const img = new Blob([readFileSync(process.argv[2])]);
const s = process.argv[3];
const db = await PGlite.create({ loadDataDir: img });
console.log('started');
try { const r = await db.query(s); console.log('OK', s, JSON.stringify(r.rows).slice(0,300)); } catch (e) { console.log('ERR', s, e.message); }
await db.close();
