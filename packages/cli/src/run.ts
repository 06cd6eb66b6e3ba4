import { commandHelp, parseCommandArgs } from './args.ts';
import type { Command } from './args.ts';
import { CliError } from './errors.ts';
import type { Io } from './io.ts';
import { whenAborted } from './signals.ts';

type Loader = () => Promise<{ command: Command }>;

// Loaded on demand, so `--help` and `url` do not pay for the ORM and the seeders they do not use.
const COMMANDS: Record<string, { summary: string; load: Loader }> = {
  start: { summary: 'Start the embedded PostgreSQL server (it keeps running).', load: () => import('./commands/start.ts') },
  stop: { summary: 'Stop the embedded PostgreSQL server.', load: () => import('./commands/stop.ts') },
  status: { summary: 'Show the embedded server: running, pid, port, data folder.', load: () => import('./commands/status.ts') },
  url: { summary: 'Print the connection URL of the target database, nothing else.', load: () => import('./commands/url.ts') },
  migrate: { summary: 'Apply the pending migrations.', load: () => import('./commands/migrate.ts') },
  rollback: { summary: 'Revert the last migration, or all of them with --all.', load: () => import('./commands/rollback.ts') },
  'migration:create': { summary: 'Write the migration for what the entities changed.', load: () => import('./commands/migration-create.ts') },
  fresh: { summary: 'Rebuild the database: empty, every migration, the seed.', load: () => import('./commands/fresh.ts') },
  reset: { summary: 'Roll back every migration, migrate up, seed (in place).', load: () => import('./commands/reset.ts') },
  seed: { summary: 'Seed a migrated, empty database.', load: () => import('./commands/seed.ts') },
  check: { summary: 'Health check: server, pending migrations, drift, conventions.', load: () => import('./commands/check.ts') },
  env: { summary: 'Show which environment the database records, who made it and how.', load: () => import('./commands/env.ts') },
  'env:set': { summary: 'Record the database\'s environment: development, test, production or your own.', load: () => import('./commands/env-set.ts') },
  backup: { summary: 'Write the database to one compressed file; --verify <file> checks one.', load: () => import('./commands/backup.ts') },
  adopt: { summary: 'Adopt a legacy NavImpact database into V2, reversibly (--plan, --undo).', load: () => import('./commands/adopt.ts') },
  restore: { summary: 'Replace the database with a backup file, atomically.', load: () => import('./commands/restore.ts') },
  'bench:queries': { summary: 'Benchmark the query catalog, legacy against V2 on the same data.', load: () => import('./commands/bench-queries.ts') },
};

/**
 * Runs one `navimpact` command line and returns its exit code; it never exits the process, so tests
 * call it directly with their own output and environment. When `signal` aborts, a cancellable
 * command stops at its next safe point and any other is abandoned; either way the code is 130/143.
 *
 * @example
 * const code = await runCli(['migrate'], consoleIo, { ...process.env, DATABASE_URL: url });
 */
export async function runCli(argv: string[], io: Io, env: NodeJS.ProcessEnv = process.env, signal = new AbortController().signal): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    for (const line of overview()) (name === undefined ? io.err : io.out)(line);
    return name === undefined ? 2 : 0;
  }
  try {
    const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!entry) throw CliError.unknownCommand(name, Object.keys(COMMANDS));
    const { command } = await entry.load();
    const { values, help, positionals } = parseCommandArgs(name, command.flags, args, command.positionals);
    if (help) {
      for (const line of commandHelp(name, command)) io.out(line);
      return 0;
    }
    const running = command.run(values, { io, env, positionals, signal });
    if (command.cancellable) return await running;
    // Abandoned at once: the caller exits without waiting for it.
    running.catch(() => {});
    return await Promise.race([running, whenAborted(signal, name)]);
  } catch (error) {
    // Loaded only on failure: it knows every package's error class, which would slow every start.
    const { describeError, exitCodeOf } = await import('./report.ts');
    for (const line of describeError(error, env)) io.err(line);
    return exitCodeOf(error);
  }
}

function overview(): string[] {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  return [
    'Usage: navimpact <command> [flags]',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([n, { summary }]) => `  ${n.padEnd(width)}  ${summary}`),
    '',
    'Target: DATABASE_URL when set, else the `navimpact` database on the embedded server.',
    'Run `navimpact <command> --help` for its flags.',
  ];
}
