import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedServerUrl, startEmbeddedServer, stopEmbeddedServer, withDatabase } from '@navimpact/server';
import type { EmbeddedServerOptions } from '@navimpact/server';
import { runCli } from '../src/index.ts';
import { cli, query, withScratchDatabase } from './_cli.ts';

describe('a database changed by hand', () => {
  it('`check` says how to undo it, and that migration:create will find no changes', async () => {
    await withScratchDatabase(async (url) => {
      await cli(['migrate'], { DATABASE_URL: url });
      await query(url, 'alter table grants drop constraint ck_grants_status');
      const { code, out } = await cli(['check'], { DATABASE_URL: url });
      expect(code).toBe(1);
      expect(out).toContain('    alter table "grants" add constraint "ck_grants_status" check ("status" in (\'upcoming\', \'open\', \'closed\', \'rolling\'));');
      const hint = out.find((line) => line.startsWith('  hint: '));
      expect(hint).toContain('If the database was changed by hand, undo that');
      expect(hint).toContain('`navimpact fresh`');
      expect(hint).toContain('"No changes"');
      const created = await cli(['migration:create', '--name', 'hand-made'], { DATABASE_URL: url });
      expect(created.out).toEqual(['No changes: the entities match the migrations.']);
    });
  });
});

// A server of this file's own, so it can be stopped in the middle of a command.
describe('a server without SSL, and a server that shuts down mid-command', () => {
  let root = '';
  let options: EmbeddedServerOptions;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'navimpact-hints-'));
    await chmod(root, 0o777);
    const probe = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => probe.once('listening', resolve));
    const { port } = probe.address() as { port: number };
    await new Promise((resolve) => probe.close(resolve));
    options = { dataDir: path.join(root, 'pgdata'), port };
    await startEmbeddedServer(options);
  });

  afterAll(async () => {
    await stopEmbeddedServer(options).catch(() => {});
    await rm(root, { recursive: true, force: true });
  });

  it('sslmode=require against a server without SSL is one sentence', async () => {
    const url = `${embeddedServerUrl(options)}?sslmode=require`;
    const { code, err } = await cli(['migrate'], { DATABASE_URL: url });
    expect(code).toBe(1);
    expect(err).toEqual([
      `error: Could not start SSL with 127.0.0.1:${options.port}: the server does not support SSL, or it is not PostgreSQL.`,
      'hint: For a server without SSL (a local one), remove sslmode/ssl from DATABASE_URL or set sslmode=disable.',
    ]);
  });

  it('`stop` during `fresh` ends in a sentence and a hint, not a raw driver message', async () => {
    const url = withDatabase(embeddedServerUrl(options), 'navimpact_hints');
    const out: string[] = [];
    const err: string[] = [];
    let stopping: Promise<unknown> | undefined;
    const io = {
      out: (line: string) => {
        out.push(line);
        if (line.startsWith('• server ready')) stopping ??= stopEmbeddedServer(options);
      },
      err: (line: string) => void err.push(line),
    };
    const code = await runCli(['fresh', '--preset', 'minimal'], io, { PATH: process.env.PATH, DATABASE_URL: url });
    await stopping;
    expect(code, err.join('\n')).toBe(1);
    expect(err[0]).toMatch(/^error: /);
    expect(err[1], err.join('\n')).toMatch(/^hint: /);
    expect(err.join('\n')).not.toContain('NAVIMPACT_DEBUG');
  });
});
