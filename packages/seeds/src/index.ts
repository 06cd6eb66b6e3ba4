export { seedDatabase } from './seed.ts';
export type { SeedReport, SeedHooks } from './seed.ts';
export { resolveSeedOptions, DEFAULT_SEED_OPTIONS, PRESET_NAMES } from './options.ts';
export type { SeedOptions, RawSeedOptions, PresetName } from './options.ts';
export { SeedError } from './errors.ts';
export type { SeedErrorCode } from './errors.ts';
