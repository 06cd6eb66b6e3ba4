export {
  createLegacySchema, legacySchemaSql, syncSerialSequences, LEGACY_TABLES, LEGACY_ALEMBIC_HEADS, MODEL_TABLES, SGE_TABLES,
  SUSTAINABILITY_TABLES, NOTION_TABLES,
} from './legacy-schema.ts';
export type { LegacySchemaOptions } from './legacy-schema.ts';
export {
  LEGACY_REFERENCES, LEGACY_REQUIRED, LEGACY_VOCABULARIES, LEGACY_CASE_UNIQUE, LEGACY_DUPLICATE_KEYS, LEGACY_RANGES, LEGACY_READABLE, LEGACY_NON_NEGATIVE,
} from './legacy-rules.ts';
export type { LegacyReference, LegacyVocabulary } from './legacy-rules.ts';
export { DAMAGE_KINDS } from './damage-kinds.ts';
export type { DamageKind, DamageFinding } from './damage-kinds.ts';
export { LEGACY_DAMAGE, LEGACY_UNKNOWN_TABLES } from './fixture/legacy-damage.ts';
export type { PlantedDamage } from './fixture/legacy-damage.ts';
export { loadShadowGooseFixture, buildShadowGooseLegacy } from './fixture/shadow-goose.fixture.ts';
export { inspectLegacyDatabase } from './inspect/legacy-inspection.ts';
export type { LegacyInspection, InspectOptions, VocabularyValue } from './inspect/legacy-inspection.ts';
export { buildLegacyDatabase, DEFAULT_LEGACY_BUILD } from './generator/build-legacy.ts';
export type { BuildLegacyOptions, LegacyBuildReport, LegacyTableReport } from './generator/build-legacy.ts';
export { DAMAGE_RATES, TABLE_SHARES } from './generator/_plan.ts';
export { LegacyError } from './errors.ts';
export type { LegacyErrorCode } from './errors.ts';
export { LEGACY_CATALOG } from './queries/legacy-catalog.ts';
export type { LegacyCatalogEntry, LegacyForm, Sample } from './queries/legacy-catalog.ts';
export { sampleParams } from './queries/sample-params.ts';
