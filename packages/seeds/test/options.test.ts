import { describe, expect, it } from 'vitest';
import { countRows, DEFAULT_SEED_OPTIONS, estimateRows, resolveSeedOptions, SeedError } from '../src/index.ts';

describe('resolveSeedOptions', () => {
  it('turns a row count into the scale that gives about as many rows', () => {
    for (const rows of [8_000, 20_000, 100_000, 10_000_000]) {
      const options = resolveSeedOptions({ rows, seed: 42, date: '2026-07-01' });
      const estimate = options.scale <= 24 ? countRows(options) : estimateRows(options);
      expect(Math.abs(estimate - rows) / rows, `${rows} rows → scale ${options.scale}, ${estimate} rows`).toBeLessThan(0.05);
    }
  });

  it('gives the smallest scale for fewer rows than it writes', () => {
    expect(resolveSeedOptions({ rows: 10, date: '2026-07-01' }).scale).toBe(0.01);
  });

  it('estimates large scales from two counts, near the real count', () => {
    const options = resolveSeedOptions({ scale: 60, seed: 42, date: '2026-07-01' });
    expect(Math.abs(estimateRows(options) - countRows(options)) / countRows(options)).toBeLessThan(0.02);
  });

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
    [{ scale: '5001' }, 'BAD_SCALE', /^The scale must be a positive number up to 5000, not "5001"\.$/],
    [{ rows: '0' }, 'BAD_ROWS', /whole number of at least 1/],
    [{ rows: '1e6' }, 'BAD_ROWS', /whole number/],
    [{ rows: '1000', scale: '2' }, 'BAD_ROWS', /either a row count or a scale/],
    [{ rows: '1000', preset: 'minimal' }, 'BAD_ROWS', /^A row count needs the demo preset: the minimal preset has a fixed size\.$/],
    [{ rows: '999999999', date: '2026-07-01' }, 'BAD_ROWS', /^999999999 rows would need scale \d+, more than the largest, 5000\.$/],
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
