import { describe, expect, it } from 'vitest';
import { connectionEndpoint, endpointLabel, isLocalUrl } from '../src/database-url.ts';

// Judged from the URL alone, as pg will read it: none of these opens a connection.
describe('isLocalUrl judges the host the driver will really use', () => {
  it.each([
    ['postgres://u:pw@localhost/db', true],
    ['postgres://u:pw@LOCALHOST./db', true],
    ['postgres://u:pw@app.localhost/db', true],
    ['postgres://u:pw@127.0.0.1:5433/db', true],
    ['postgres://u:pw@127.8.9.10/db', true],
    ['postgres://u:pw@[::1]:5433/db', true],
    ['postgres://u:pw@[0:0:0:0:0:0:0:1]/db', true],
    ['postgres://u:pw@[::ffff:127.0.0.1]/db', true],
    ['postgres://u@%2Fvar%2Frun%2Fpostgresql/db', true],
    ['postgres://u@localhost/db?host=/var/run/postgresql', true],
    ['postgres://u@localhost/db?host=%2Ftmp', true],
    ['postgres://u@localhost/db?host=localhost,127.0.0.1', true],
    // The query's host wins over the authority in pg: this one connects to 192.0.2.2.
    ['postgres://u:pw@localhost/prod?host=192.0.2.2', false],
    ['postgres://u:pw@127.0.0.1/prod?host=db.example.com&port=5432', false],
    ['postgres://u:pw@localhost/prod?hostaddr=192.0.2.2', false],
    ['postgres://u:pw@localhost/prod?host=localhost,192.0.2.2', false],
    ['postgres://u:pw@localhost,db.example.com/prod', false],
    ['postgres://u:pw@[::ffff:192.0.2.2]/db', false],
    ['postgres://u:pw@[2001:db8::1]/db', false],
    ['postgres://u:pw@localhost.example.com/db', false],
    ['postgres://u:pw@127.0.0.1.nip.io/db', false],
    ['postgres://u:pw@0x7f.1/db', false],
    ['postgres://u:pw@db.example.com/db', false],
  ])('%s → local %s', (url, local) => {
    expect(isLocalUrl(url)).toBe(local);
  });

  it('reads the port of the query too', () => {
    expect(connectionEndpoint('postgres://u@localhost:1/db?port=6543')).toEqual({ hosts: ['localhost'], port: 6543 });
    expect(connectionEndpoint('postgres://u@[::1]/db')).toEqual({ hosts: ['::1'], port: 5432 });
    expect(endpointLabel('postgres://u@[::1]:5433/db')).toBe('[::1]:5433');
    expect(endpointLabel('postgres://u@localhost/db?host=/tmp')).toBe('/tmp/.s.PGSQL.5432');
  });
});
