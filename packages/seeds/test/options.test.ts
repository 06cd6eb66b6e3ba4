import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED_OPTIONS, resolveSeedOptions, SeedError } from '../src/index.ts';

describe('resolveSeedOptions', () => {
  it('fills the defaults, today (UTC) for the date, and accepts good values', () => {
    const now = new Date('2031-02-03T23:30:00-05:00');
    expect(resolveSeedOptions({}, now)).toEqual({ ...DEFAULT_SEED_OPTIONS, date: '2031-02-04' });
    expect(resolveSeedOptions({}).date).toBe(new Date().toISOString().slice(0, 10));
    expect(resolveSeedOptions({ preset: 'minimal', seed: '7', date: '2024-02-29', scale: '2.5' })).toEqual({
      preset: 'minimal', seed: 7, date: '2024-02-29', scale: 2.5,
    });
  });

  it.each([
    [{ preset: 'huge' }, 'UNKNOWN_PRESET', /no seed preset called "huge"/],
    [{ seed: '-1' }, 'BAD_SEED', /whole number/],
    [{ seed: 'abc' }, 'BAD_SEED', /whole number/],
    [{ seed: '1.5' }, 'BAD_SEED', /whole number/],
    [{ date: '2026-13-01' }, 'BAD_DATE', /real calendar date/],
    [{ date: '2025-02-29' }, 'BAD_DATE', /real calendar date/],
    [{ date: '01/07/2026' }, 'BAD_DATE', /YYYY-MM-DD/],
    [{ date: '9999-12-31' }, 'BAD_DATE', /^The reference date must be between 2000-01-01 and 2100-12-31, not 9999-12-31\.$/],
    [{ date: '1999-12-31' }, 'BAD_DATE', /between 2000-01-01 and 2100-12-31/],
    [{ scale: '0' }, 'BAD_SCALE', /positive number/],
    [{ scale: '-2' }, 'BAD_SCALE', /positive number/],
    [{ scale: 'lots' }, 'BAD_SCALE', /positive number/],
  ])('rejects %o with one sentence', (raw, code, message) => {
    const error = (() => {
      try {
        resolveSeedOptions(raw);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(SeedError);
    expect(error).toMatchObject({ code, message: expect.stringMatching(message) });
    expect((error as SeedError).hint).not.toBe('');
  });
});
