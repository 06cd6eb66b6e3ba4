import { describe, expect, it } from 'vitest';
import { redactSecrets, redactUrl } from '../src/redact.ts';

describe('redactUrl hides every form of password', () => {
  it.each([
    ['postgres://u:pw@host/db', 'postgres://u:***@host/db'],
    ['postgres://u@host/db', 'postgres://u@host/db'],
    ['postgres://host:5432/db', 'postgres://host:5432/db'],
    ['postgres://u@host/db?password=pw', 'postgres://u@host/db?password=***'],
    ['postgres://u:pw@host/db?sslmode=require&password=pw&application_name=x', 'postgres://u:***@host/db?sslmode=require&password=***&application_name=x'],
    ['postgres://u@host/db?sslpassword=pw', 'postgres://u@host/db?sslpassword=***'],
    ['postgres://u@host/db?PASSWORD=pw', 'postgres://u@host/db?PASSWORD=***'],
    ['postgres://u@host/db?pass%77ord=pw', 'postgres://u@host/db?pass%77ord=***'],
    ['postgres://u@host/db?password=p@w', 'postgres://u@host/db?password=***'],
    ['postgres:/u:pw@host/db', 'postgres:/u:***@host/db'],
    ['postgres:u:pw@host/db', 'postgres:u:***@host/db'],
    ['u:pw@host/db', 'u:***@host/db'],
    ['postgresql://u:p@ss@host/db', 'postgresql://u:***@host/db'],
    ['postgres://u:pa/ss@host/db', 'postgres://u:***@host/db'],
    ['postgres://u:pa#ss@host/db', 'postgres://u:***@host/db'],
    ['postgres://u:12#ss@host/db', 'postgres://u:***@host/db'],
    ['postgres://u:a:b@host/db', 'postgres://u:***@host/db'],
    ['postgres://:pw@host/db', 'postgres://:***@host/db'],
    ['host=db user=u password=pw dbname=x', 'host=db user=u password=*** dbname=x'],
    ["host=db password='p w' dbname=x", 'host=db password=*** dbname=x'],
  ])('%s → %s', (url, redacted) => {
    expect(redactUrl(url)).toBe(redacted);
  });
});

describe('redactSecrets finds them in free text', () => {
  it('redacts each URL and parameter, and leaves paths with @ alone', () => {
    const text = 'connect (postgres://a:b@h/x) then u:pw@k/y?password=z; at file:///w/node_modules/@mikro-orm/core/x.js:10:5';
    expect(redactSecrets(text)).toBe(
      'connect (postgres://a:***@h/x) then u:***@k/y?password=*** at file:///w/node_modules/@mikro-orm/core/x.js:10:5',
    );
  });
});
