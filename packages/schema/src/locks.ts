/**
 * The advisory lock keys of every NavImpact tool, in one place so no two can collide. The
 * migration lock is a single bigint key; the others are (class, key) pairs, where the key names
 * the database, namespace or template the lock is about. PostgreSQL keeps the two key spaces apart.
 */
export const LOCKS = {
  /** pg_advisory_xact_lock(bigint): one migration run per database at a time. "NAVI" in ASCII. */
  migrations: 0x4e415649,
  /** Class of the per-namespace lock under which a test template is built. */
  templateBuild: 0x4e415649,
  /** Class of the shared lease a test run holds on its template. */
  templateLease: 0x4e415649 + 1,
  /** Class of the per-database lock that makes concurrent `fresh` runs take turns. */
  fresh: 0x4e415649 + 2,
  /** Class of the server-wide lock under which `fresh` builds, drops and copies migrated templates. */
  migratedTemplate: 0x4e415649 + 3,
} as const;
