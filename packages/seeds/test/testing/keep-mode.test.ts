import { describe, expect, it } from 'vitest';
import { DbError } from '@navimpact/server';
import { keepMode } from '../../src/testing/index.ts';

describe('NAVIMPACT_KEEP_TEST_DB', () => {
  it.each([
    [undefined, 'never'],
    ['0', 'never'],
    ['1', 'always'],
    ['true', 'always'],
    ['failed', 'failed'],
    [' FAILED ', 'failed'],
  ] as const)('%s means %s', (value, mode) => {
    expect(keepMode({ NAVIMPACT_KEEP_TEST_DB: value })).toBe(mode);
  });

  it('names the accepted values when it does not know one', () => {
    const error = (() => {
      try {
        return keepMode({ NAVIMPACT_KEEP_TEST_DB: 'sometimes' });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(DbError);
    expect((error as DbError).message).toMatch(/NAVIMPACT_KEEP_TEST_DB must be 1 .*failed.* or 0, not "sometimes"/);
  });
});
