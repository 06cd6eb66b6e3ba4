import bcrypt from 'bcryptjs';
import { describe, expect, it } from 'vitest';
import { DEV_PASSWORD, DEV_PASSWORD_HASH } from '../src/generators/_password.ts';

describe('the seeded users\' password hash', () => {
  it('is bcrypt of the documented dev password at cost 12 in passlib\'s $2b$ format, so seeded users sign in', () => {
    expect(DEV_PASSWORD_HASH).toMatch(/^\$2b\$12\$[./A-Za-z0-9]{53}$/);
    expect(bcrypt.compareSync(DEV_PASSWORD, DEV_PASSWORD_HASH)).toBe(true);
    expect(bcrypt.compareSync('wrong', DEV_PASSWORD_HASH)).toBe(false);
    expect(bcrypt.hashSync(DEV_PASSWORD, DEV_PASSWORD_HASH.slice(0, 29))).toBe(DEV_PASSWORD_HASH);
  });
});
