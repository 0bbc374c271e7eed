/**
 * Roles and databases some server tests need, made once before any test file runs and dropped
 * after the last (vitest's globalSetup). They cannot be made by a test itself: every rehearsal
 * running beside it at the time reads the server's census outside its own transaction, and a role
 * or database another session makes or drops meanwhile is a change it blocks on — as it should.
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';

export const SERVER_FIXTURES = Object.freeze({
  /** A connecting role that is no superuser: it may create databases and roles, nothing else. */
  creator: 'rehearse_test_creator',
  /** A connecting role that may not create databases. */
  noCreatedb: 'rehearse_test_nocreatedb',
  /** A template database holding examples/before.sql. */
  registryTemplate: 'rehearse_test_template_registry',
  /** An empty template database. */
  emptyTemplate: 'rehearse_test_template_empty',
  /** A template database holding a foreign table (which only a superuser's foreign-data wrapper makes possible). */
  foreignTemplate: 'rehearse_test_template_foreign',
  /** A database named as a scratch database is, which no target made. */
  bystander: 'rehearse_00000000b7574d3e',
});

async function onServer(url: string, database: string | null, sql: string): Promise<void> {
  const at = new URL(url);
  if (database) at.pathname = `/${database}`;
  const client = new pg.Client(at.toString());
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function drop(url: string): Promise<void> {
  const f = SERVER_FIXTURES;
  for (const db of [f.registryTemplate, f.emptyTemplate, f.foreignTemplate, f.bystander])
    await onServer(url, null, `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  await onServer(url, null, `DROP ROLE IF EXISTS ${f.creator}, ${f.noCreatedb}`);
}

export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  const url = process.env.REHEARSE_PG_URL;
  if (!url) return undefined;
  const f = SERVER_FIXTURES;
  // Left over by a run that was killed: made again from nothing.
  await drop(url);
  await onServer(
    url,
    null,
    `CREATE ROLE ${f.creator} LOGIN CREATEDB CREATEROLE NOSUPERUSER NOBYPASSRLS;
     GRANT pg_read_all_data, pg_write_all_data TO ${f.creator} WITH ADMIN OPTION;
     CREATE ROLE ${f.noCreatedb} LOGIN NOCREATEDB NOCREATEROLE`,
  );
  await onServer(url, null, `CREATE DATABASE ${f.registryTemplate}`);
  await onServer(url, f.registryTemplate, readFileSync('examples/before.sql', 'utf8'));
  await onServer(url, null, `CREATE DATABASE ${f.emptyTemplate}`);
  await onServer(url, null, `CREATE DATABASE ${f.bystander}`);
  await onServer(url, null, `CREATE DATABASE ${f.foreignTemplate}`);
  await onServer(
    url,
    f.foreignTemplate,
    `CREATE FOREIGN DATA WRAPPER elsewhere_fdw; CREATE SERVER elsewhere FOREIGN DATA WRAPPER elsewhere_fdw;
     CREATE FOREIGN TABLE remote_orders (id int) SERVER elsewhere; CREATE TABLE landing (a int);`,
  );
  return () => drop(url);
}
