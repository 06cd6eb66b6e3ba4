import pg from 'pg';
import { ROLE, SECRET_FILE, newSecret, writeSecret } from './_data-folder.ts';
import { withClient } from './databases.ts';

/**
 * Upgrades, in place, a data folder made before each folder had its own secret: its role (the
 * bootstrap superuser, which PostgreSQL does not let lose that right) gets a private password,
 * kept in the secret file, so the public `navimpact` password no longer opens it. Says so in one line.
 */
export async function upgradeLegacyFolder(dataDir: string, legacyUrl: string): Promise<void> {
  const secret = newSecret();
  await withClient(legacyUrl, async (client) => {
    // A utility statement takes no parameters; the secret is hex, so quoting it is safe.
    await client.query(`alter role ${pg.escapeIdentifier(ROLE)} password ${client.escapeLiteral(secret)}`);
  });
  await writeSecret(dataDir, secret);
  process.stderr.write(
    `navimpact: upgraded ${dataDir}: the public password no longer works, the server's password is now in ${SECRET_FILE} there`
      + ' (its role stays a superuser: for a least-privilege one, stop the server and start over with a new data folder).\n',
  );
}
