import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { stopEmbeddedServer } from '../src/embedded-server.ts';
import type { EmbeddedServerOptions } from '../src/embedded-server.ts';
import { freePort } from '../src/testing.ts';


/** Runs one query on a new connection and returns its first row. */
export async function firstRow(url: string, sql: string): Promise<Record<string, unknown> | undefined> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Several statements give one result each; the last one's is the answer.
    const results: pg.QueryResult | pg.QueryResult[] = await client.query(sql);
    return (Array.isArray(results) ? results.at(-1) : results)?.rows[0];
  } finally {
    await client.end();
  }
}

/** A temporary root for data folders, and the servers started in it, all removed by `dispose`. */
export async function folderRoot(): Promise<{ root: string; options(name: string): Promise<EmbeddedServerOptions>; dispose(): Promise<void> }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'navimpact-server-'));
  // mkdtemp makes a 0700 folder; as root, initdb and the server run as `postgres` and must get in.
  await chmod(root, 0o755);
  const made: EmbeddedServerOptions[] = [];
  return {
    root,
    async options(name) {
      const options = { dataDir: path.join(root, name), port: await freePort() };
      made.push(options);
      return options;
    },
    async dispose() {
      await Promise.allSettled(made.map((options) => stopEmbeddedServer(options)));
      await rm(root, { recursive: true, force: true });
    },
  };
}
