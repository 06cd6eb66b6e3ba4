import { describe, expect, it } from 'vitest';
import { DbError } from '@navimpact/server';
import { describeError, redactText } from '../src/report.ts';

describe('describeError', () => {
  it('gives an unknown error its message, redacted, and points to NAVIMPACT_DEBUG', () => {
    const error = new Error('connect failed for postgres://admin:hunter2@db.internal:5432/prod');
    expect(describeError(error, {})).toEqual([
      'error: connect failed for postgres://admin:***@db.internal:5432/prod',
      '(set NAVIMPACT_DEBUG=1 for the stack)',
    ]);
  });

  it('adds the stacks, redacted, with NAVIMPACT_DEBUG=1', () => {
    const cause = new Error('at postgres://a:pw@h/db');
    const lines = describeError(DbError.unreachable('postgres://a:pw@h/db', cause), { NAVIMPACT_DEBUG: '1' });
    expect(lines[0]).toBe('error: No PostgreSQL server answers at postgres://a:***@h/db.');
    expect(lines.join('\n')).toContain('caused by: Error: at postgres://a:***@h/db');
    expect(lines.join('\n')).not.toContain('pw');
  });

  it('redacts every URL of a text and leaves the rest alone', () => {
    expect(redactText('from postgres://a:b@h/x to postgresql://c:d@k/y, no password in postgres://e@f/z')).toBe(
      'from postgres://a:***@h/x to postgresql://c:***@k/y, no password in postgres://e@f/z',
    );
  });
});

describe('raw driver failures in the middle of a command get a sentence', () => {
  const failure = (message: string, code: string) => Object.assign(new Error(message), { code });

  it.each([
    [failure('terminating connection due to administrator command', '57P01'), 'error: The PostgreSQL server shut down during the command.'],
    [failure('the database system is shutting down', '57P03'), 'error: The PostgreSQL server shut down during the command.'],
    [failure('connection failure', '08006'), 'error: The connection to PostgreSQL was lost during the command.'],
    [failure('read ECONNRESET', 'ECONNRESET'), 'error: The connection to PostgreSQL was lost during the command.'],
    [failure('permission denied for table sdgs', '42501'), 'error: The role in DATABASE_URL lacks a privilege this command needs: permission denied for table sdgs.'],
  ])('%s', (error, line) => {
    const lines = describeError(error, {});
    expect(lines[0]).toBe(line);
    expect(lines[1]).toMatch(/^hint: /);
    expect(lines).toHaveLength(2);
  });

  it('leaves other driver errors alone', () => {
    expect(describeError(failure('syntax error', '42601'), {})).toEqual(['error: syntax error', '(set NAVIMPACT_DEBUG=1 for the stack)']);
  });
});
