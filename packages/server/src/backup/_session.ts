/**
 * The settings both sides of a backup use, as pg_dump does: every name qualified, dates and
 * intervals in one style, floats exact, times in UTC, so the COPY text (and its checksum)
 * depends on the data alone, never on a server's or a session's defaults.
 */
export const SESSION_SETTINGS = [
  "select pg_catalog.set_config('search_path', 'pg_catalog', false)",
  "set datestyle = 'ISO, YMD'",
  'set intervalstyle = postgres',
  'set extra_float_digits = 3',
  "set timezone = 'UTC'",
  "set bytea_output = 'hex'",
  "set client_encoding = 'UTF8'",
];
