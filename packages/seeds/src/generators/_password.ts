/**
 * The password every seeded user signs in with on a dev database; never a real one.
 * Documented in the README so a developer can sign in to the app against seeded data.
 */
export const DEV_PASSWORD = 'navimpact-dev';

/**
 * bcrypt of DEV_PASSWORD at cost 12 with the fixed salt `NavImpactDevSeedSalt..`, in the `$2b$`
 * format the real app's passlib writes and verifies. Computed once (test/password.test.ts checks it
 * with bcryptjs), so seeding spends no CPU on hashing and reads no random source.
 */
export const DEV_PASSWORD_HASH = '$2b$12$NavImpactDevSeedSalt..4ZzD6Cb4T9A.dXMraXqd6222fuBbwjm';
