import { databaseName } from '@navimpact/server';
import { queryRows, withScratchDatabase } from '@navimpact/server/testing';

/**
 * A scratch database for an adoption: dropped by the helper afterwards, with the `<name>__legacy`
 * database adopt keeps beside it.
 */
export async function scratchLegacy<T>(server: string, fn: (url: string) => Promise<T>, prefix = 'navimpact_adopt'): Promise<T> {
  return withScratchDatabase(server, async (url) => {
    try {
      return await fn(url);
    } finally {
      await queryRows(server, `drop database if exists "${databaseName(url)}__legacy" with (force)`);
    }
  }, prefix);
}
