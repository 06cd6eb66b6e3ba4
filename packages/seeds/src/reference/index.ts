/** Reference data for NavImpact seeds: SDGs, Victorian frameworks, real funders and grant vocabulary. */
export { SDGS } from './sdgs.ts';
export type { SdgRecord } from './sdgs.ts';

export { FRAMEWORKS } from './frameworks.ts';
export type { FrameworkPriorityRecord, FrameworkRecord } from './frameworks.ts';

export { FUNDERS } from './funders.ts';
export type { FunderRecord } from './funders.ts';

export {
  GRANT_DESCRIPTION_SENTENCES,
  GRANT_STAGES,
  GRANT_TITLE_PARTS,
  TAGS,
} from './grant-vocabulary.ts';
export type {
  GrantTitlePartsRecord,
  TagRecord,
} from './grant-vocabulary.ts';

export { VICTORIAN_PLACES } from './victorian-places.ts';
export type { PlaceRecord } from './victorian-places.ts';
