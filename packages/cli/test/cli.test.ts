import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cli } from './_cli.ts';

const COMMANDS = ['start', 'stop', 'status', 'url', 'migrate', 'rollback', 'migration:create', 'fresh', 'reset', 'seed', 'check', 'env', 'env:set', 'backup', 'restore', 'bench:queries'];
const REMOTE = 'postgres://u:p@db.example.com/x';

describe('help', () => {
  it.each([['--help'], ['help'], ['-h']])('`navimpact %s` lists every command with one line each', async (flag) => {
    const { code, out, err } = await cli([flag]);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    for (const name of COMMANDS) expect(out.filter((line) => line.startsWith(`  ${name} `))).toHaveLength(1);
  });

  it('shows the flags of one command', async () => {
    const { code, out } = await cli(['fresh', '--help']);
    expect(code).toBe(0);
    for (const flag of ['--preset <name>', '--seed <n>', '--date <YYYY-MM-DD>', '--scale <k>', '--rows <n>', '--force', '--force-production', '--help']) {
      expect(out.join('\n')).toContain(flag);
    }
  });

  it('shows the positional argument of `env:set`', async () => {
    const { code, out } = await cli(['env:set', '--help']);
    expect(code).toBe(0);
    expect(out[0]).toBe('Usage: navimpact env:set <name> [flags]');
    expect(out).toContain('  <name>  development, test, production, or your own lowercase name (staging).');
    expect(out.join('\n')).toContain('--force-production');
  });

  it('shows the argument of `restore`', async () => {
    const { code, out } = await cli(['restore', '--help']);
    expect(code).toBe(0);
    expect(out[0]).toBe('Usage: navimpact restore <file> [flags]');
    expect(out).toContain('  <file>  A file written by `navimpact backup`.');
  });

  it('prints the overview to stderr and exits 2 without a command', async () => {
    const { code, out, err } = await cli([]);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('\n')).toContain('Usage: navimpact <command>');
  });
});

describe('a malformed command line: one line, exit 2', () => {
  it.each([
    [['frsh'], 'error: Unknown command "frsh". Commands: start, stop, status, url, migrate, rollback, migration:create, fresh, reset, seed, check, env, env:set, backup, adopt, restore, bench:queries.'],
    [['migrate', '--nope'], 'error: Unknown flag --nope. Run `navimpact migrate --help`.'],
    [['fresh', '--seed'], 'error: The flag --seed needs a value. Run `navimpact fresh --help`.'],
    [['fresh', '--seed', '--force'], 'error: The flag --seed needs a value. Run `navimpact fresh --help`.'],
    [['rollback', '--all=yes'], 'error: The flag --all takes no value. Run `navimpact rollback --help`.'],
    [['migrate', 'now'], 'error: Unexpected argument "now": this command takes flags only. Run `navimpact migrate --help`.'],
    [['migration:create'], 'error: migration:create needs --name <what-changed>. Run `navimpact migration:create --help`.'],
    [['restore', 'a', 'b'], 'error: Unexpected argument "b": this command takes <file> and flags. Run `navimpact restore --help`.'],
    [['backup', '--verify'], 'error: The flag --verify needs a value. Run `navimpact backup --help`.'],
  ])('%j', async (argv, line) => {
    const { code, out, err } = await cli(argv, { DATABASE_URL: REMOTE });
    expect({ code, out, err }).toEqual({ code: 2, out: [], err: [line] });
  });
});

describe('errors print message and hint, never a stack', () => {
  it('a malformed DATABASE_URL', async () => {
    const { code, err } = await cli(['migrate'], { DATABASE_URL: 'localhost:5432/navimpact' });
    expect(code).toBe(1);
    expect(err[0]).toContain('not a valid PostgreSQL URL');
    expect(err[1]).toMatch(/^hint: /);
    expect(err).toHaveLength(2);
  });

  it('an unreachable server, named with its password redacted', async () => {
    const { code, err } = await cli(['migrate'], { DATABASE_URL: 'postgres://u:secret@127.0.0.1:1/x' });
    expect(code).toBe(1);
    expect(err).toEqual([
      'error: No PostgreSQL server answers at postgres://u:***@127.0.0.1:1/x.',
      'hint: Start one with `navimpact start`, or point DATABASE_URL at a running server.',
    ]);
  });

  it('a bad seed option, before the target is even looked at', async () => {
    const { code, err } = await cli(['fresh', '--preset', 'huge'], { DATABASE_URL: REMOTE });
    expect(code).toBe(1);
    expect(err).toEqual(['error: There is no seed preset called "huge".', 'hint: Use one of: minimal, demo.']);
  });

  it.each(['fresh', 'reset', 'seed'])('`%s --date 9999-12-31`: one sentence naming the range, before the target is looked at', async (command) => {
    const { code, out, err } = await cli([command, '--date', '9999-12-31'], { DATABASE_URL: REMOTE });
    expect({ code, out }).toEqual({ code: 1, out: [] });
    expect(err).toEqual([
      'error: The reference date must be between 2000-01-01 and 2100-12-31, not 9999-12-31.',
      'hint: For example --date 2026-07-01, or leave --date out for today.',
    ]);
  });

  it('a migration name that is not kebab- or snake-case', async () => {
    const { code, err } = await cli(['migration:create', '--name', 'Add Notes'], { DATABASE_URL: 'postgres://u@127.0.0.1:1/x' });
    expect(code).toBe(1);
    expect(err[0]).toBe('error: A migration name is lowercase words joined by - or _, not "Add Notes".');
  });
});

describe('destructive commands refuse a remote target', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each(['fresh', 'reset', 'seed', 'rollback', 'restore'])('`%s` without --force, before any connection', async (command) => {
    const connect = vi.spyOn(net.Socket.prototype, 'connect');
    const args = command === 'restore' ? [command, 'some.navimpact-backup'] : [command];
    const { code, out, err } = await cli(args, { DATABASE_URL: REMOTE });
    expect(connect).not.toHaveBeenCalled();
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err[0]).toBe(
      `error: Refusing to run \`${command}\` against postgres://u:***@db.example.com/x: it is not on this machine and the command destroys data.`,
    );
    expect(err[1]).toContain('--force');
  });
});

describe("the server's own databases are not rebuilt", () => {
  // Nothing listens on port 1: the refusal must come before any connection.
  it.each([['fresh', 'postgres'], ['reset', 'postgres'], ['reset', 'template1'], ['reset', 'template0']])('`%s` refuses %s', async (command, database) => {
    const { code, out, err } = await cli([command, '--preset', 'minimal'], { DATABASE_URL: `postgres://u@127.0.0.1:1/${database}` });
    expect({ code, out }).toEqual({ code: 1, out: [] });
    expect(err[0]).toBe(`error: Refusing to run \`${command}\` on "${database}": it is one of the server's own databases.`);
    expect(err[1]).toMatch(/^hint: Point DATABASE_URL at a database of its own/);
  });
});

describe('the host pg will really use decides, not the one in the authority', () => {
  afterEach(() => vi.restoreAllMocks());

  // Each of these names this machine first but sends pg (or libpq) elsewhere; nothing connects.
  const DISGUISED = [
    'postgres://u:pw@localhost/prod?host=192.0.2.2',
    'postgres://u:pw@127.0.0.1/prod?hostaddr=192.0.2.2',
    'postgres://u:pw@localhost/prod?host=localhost,192.0.2.2',
    'postgres://u:pw@[::ffff:192.0.2.2]/prod',
  ];

  it.each(DISGUISED.flatMap((url) => ['fresh', 'reset', 'seed', 'rollback', 'migration:create'].map((command) => [command, url])))(
    '`%s` refuses %s without --force, before any connection',
    async (command, url) => {
      const connect = vi.spyOn(net.Socket.prototype, 'connect');
      const argv = command === 'migration:create' ? [command, '--name', 'x'] : [command];
      const { code, out, err } = await cli(argv, { DATABASE_URL: url });
      expect(connect).not.toHaveBeenCalled();
      expect({ code, out }).toEqual({ code: 1, out: [] });
      expect(err[0]).toMatch(new RegExp(`^error: Refusing to run \`${command}\` against .*: it is not on this machine`));
      expect(err[0]).not.toContain('pw');
      expect(err[1]).toContain('--force');
    },
  );

  it('`migration:create` says why it refuses: the scratch database', async () => {
    const { err } = await cli(['migration:create', '--name', 'x'], { DATABASE_URL: REMOTE });
    expect(err).toEqual([
      'error: Refusing to run `migration:create` against postgres://u:***@db.example.com/x: it is not on this machine and the command creates and drops a scratch database there.',
      'hint: Add --force if you really mean to run it there.',
    ]);
  });
});

describe('secrets are never printed', () => {
  // `url` is left out: printing the whole URL is its job. `start` and `stop` never read DATABASE_URL.
  const PRINTING = [['status'], ['check'], ['migrate'], ['rollback'], ['fresh'], ['reset'], ['seed'], ['migration:create', '--name', 'x']];
  const port = process.env.NAVIMPACT_PGPORT ? { NAVIMPACT_PGPORT: process.env.NAVIMPACT_PGPORT } : {};

  it.each([
    'postgres://u@127.0.0.1:1/x?password=TOPSECRET&sslpassword=TOPSECRET',
    'postgres://u:TOPSECRET@127.0.0.1:1/x?password=TOPSECRET',
    'postgres:/u:TOPSECRET@127.0.0.1:1/x',
    'u:TOPSECRET@127.0.0.1:1/x',
    'postgresql://u:TOP@SECRET@127.0.0.1:1/x',
    'postgres://u:TOP/SECRET@127.0.0.1:1/x',
    'postgres://u:12#TOPSECRET@127.0.0.1:1/x',
  ])('DATABASE_URL=%s: no command prints it', async (url) => {
    for (const argv of PRINTING) {
      const { out, err } = await cli(argv, { DATABASE_URL: url, ...port });
      const printed = [...out, ...err].join('\n');
      expect(printed, argv.join(' ')).not.toMatch(/SECRET/);
    }
  });
});

describe('the bin', () => {
  const bin = path.resolve(import.meta.dirname, '../bin/navimpact.js');
  const run = promisify(execFile);

  it('runs under the repository Node', async () => {
    const { stdout } = await run(process.execPath, [bin, '--help']);
    expect(stdout).toContain('Usage: navimpact <command>');
  });

  it("keeps its compiled modules in Node's compile cache, under the temporary folder unless NODE_COMPILE_CACHE says where", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'navimpact-bin-'));
    try {
      const { NODE_COMPILE_CACHE: _, ...env } = process.env;
      await run(process.execPath, [bin, '--help'], { env: { ...env, TMPDIR: dir } });
      expect((await readdir(path.join(dir, 'node-compile-cache'), { recursive: true })).length).toBeGreaterThan(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  // The machine's own Node is 20 on these machines; elsewhere there may be none to try.
  it.skipIf(!existsSync('/usr/bin/node'))('explains itself in one sentence under an old Node', async () => {
    const { stdout: version } = await run('/usr/bin/node', ['-p', 'process.versions.node']);
    const [major, minor] = version.trim().split('.').map(Number);
    if (major! > 22 || (major === 22 && minor! >= 18)) return;
    const failure = await run('/usr/bin/node', [bin, '--help']).then(() => null, (error: { code: number; stderr: string }) => error);
    expect(failure?.code).toBe(1);
    expect(failure?.stderr.trim()).toBe(
      `navimpact needs Node 22.18 or newer (this is ${version.trim()}); run it through npm/npx in this repository, which use the Node 24 it installs.`,
    );
  });
});
