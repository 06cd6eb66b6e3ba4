import { describe, expect, it } from 'vitest';
import { defaultBackupName } from '../src/index.ts';

describe('the default backup file name', () => {
  it('names the database and the UTC time, sortable and safe in any folder', () => {
    expect(defaultBackupName('navimpact', new Date('2026-07-01T09:30:05.123Z'))).toBe('navimpact-navimpact-20260701T093005Z.navimpact-backup');
    expect(defaultBackupName('my db/x', new Date('2026-07-01T09:30:05Z'))).toBe('navimpact-my_db_x-20260701T093005Z.navimpact-backup');
  });
});
