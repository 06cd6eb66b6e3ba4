// navimpact env
// Reads:  DATABASE_URL; without it the `navimpact` database on the embedded server (started if
//         needed). Reads the database's record (navimpact_metadata) and, without one, its table names.
// Writes: nothing.
// Exit:   0 shown, with or without a record; 1 unreachable or no such database.
import { databaseName } from '@navimpact/server';
import { defineCommand } from '../args.ts';
import { plural } from '../format.ts';
import { readEnvironment } from '../operations/record.ts';
import { resolveTarget } from '../operations/target.ts';

const HOW = {
  fresh: 'built by `navimpact fresh`',
  seed: 'seeded by `navimpact seed`',
  reset: 'rebuilt by `navimpact reset`',
  migrate: 'migrated from empty by `navimpact migrate`',
  test: 'a test database (template or clone)',
  restore: 'restored by `navimpact restore`',
  adopt: 'adopted by `navimpact adopt`',
  'by-hand': 'not made by the toolkit; marked by hand with `navimpact env:set`',
} as const;

/** `navimpact env`: which environment the target database says it is, who made it and how. */
export const command = defineCommand({
  summary: 'Show the environment the target database records, who made it, when and how.',
  flags: {},
  async run(_values, { io, env }) {
    const target = await resolveTarget(env);
    const name = databaseName(target.url);
    const { record, tables } = await readEnvironment(target.url);
    if (record === null) {
      const holds = tables.length === 0 ? 'it has no tables' : `it has ${plural(tables.length, 'table')} (${tables.slice(0, 5).join(', ')}${tables.length > 5 ? ', …' : ''})`;
      io.out(`${name} has no NavImpact record: ${holds}.`);
      io.out(
        tables.length === 0
          ? '`fresh` or `migrate` will make it a development database; or record its environment with `navimpact env:set <name>`.'
          : 'Destructive commands refuse it; record its environment with `navimpact env:set <name>`.',
      );
      return 0;
    }
    io.out(`${name}`);
    io.out(`  environment  ${record.environment}`);
    io.out(`  made by      ${record.madeBy}`);
    io.out(`  made at      ${formatTime(record.madeAt)}`);
    io.out(`  how          ${HOW[record.how] ?? record.how}`);
    if (record.updatedAt.getTime() > record.madeAt.getTime() + 1000) io.out(`  changed at   ${formatTime(record.updatedAt)}`);
    return 0;
  },
});

function formatTime(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
