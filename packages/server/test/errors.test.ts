import { describe, expect, it } from 'vitest';
import { DbError } from '../src/errors.ts';

describe('the hint of an unreachable server', () => {
  it('sends a local one to `navimpact start`', () => {
    expect(DbError.unreachable('postgres://u:pw@127.0.0.1:54329/x').hint).toContain('navimpact start');
  });

  it.each(['postgres://u:pw@db.example.com/x', 'postgres://u:pw@localhost/x?host=192.0.2.2'])('never sends a remote one (%s) there', (url) => {
    const { hint } = DbError.unreachable(url);
    expect(hint).not.toContain('navimpact start');
    expect(hint).toMatch(/^Check that the server at (db\.example\.com|192\.0\.2\.2):5432 is running and reachable from this machine/);
  });
});
