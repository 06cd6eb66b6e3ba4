import { describe, expect, it } from 'vitest';
import { connectClient, explainDriverError } from '../src/index.ts';
import { mainTestServer, withScratchDatabase } from '../src/testing.ts';

const server = await mainTestServer();

describe('a connection that dies under a command', () => {
  it('fails its next queries with the connection\'s own error, which has a sentence, never pg\'s code-less one', async () => {
    await withScratchDatabase(server.url, async (url) => {
      const victim = await connectClient(url);
      const killer = await connectClient(url);
      try {
        const { rows } = await victim.query<{ pid: number }>('select pg_backend_pid() as pid');
        await killer.query('select pg_terminate_backend($1, 5000)', [rows[0]!.pid]);
        // The first query may meet the dying socket, the second the client pg no longer lets query.
        for (let attempt = 0; attempt < 2; attempt++) {
          const failure = await victim.query('select 1').then(() => null, (error: unknown) => error);
          expect(failure, `attempt ${attempt}`).not.toBeNull();
          expect(typeof (failure as { code?: unknown }).code, `attempt ${attempt}`).toBe('string');
          expect(explainDriverError(failure)?.hint, `attempt ${attempt}`).toMatch(/./);
        }
      } finally {
        await victim.end().catch(() => {});
        await killer.end().catch(() => {});
      }
    });
  });
});
