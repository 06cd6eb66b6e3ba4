import type { FunderKind, Jurisdiction } from '@navimpact/schema';
import { addRows, type Dataset, type Row } from '../dataset.ts';
import { FRAMEWORKS, FUNDERS, SDGS, TAGS } from '../reference/index.ts';
import { fixedStamps } from './_stamps.ts';

/** What later generators need to know about the reference rows. */
export interface ReferenceIds {
  sdgIdByNumber: Map<number, number>;
  priorityIdByCode: Map<string, number>;
  funders: { id: number; slug: string; name: string; kind: FunderKind; jurisdiction: Jurisdiction; website: string }[];
  tagIdBySlug: Map<string, number>;
}

// Reference data is the same whatever the seed: it depends on the reference date alone.
const LOADED_DAYS_AGO = 400;

/** The 17 SDGs, the Victorian frameworks with their priorities, the funders and the tags. */
export function generateReference(dataset: Dataset, refDate: Date): ReferenceIds {
  const at = fixedStamps(refDate, LOADED_DAYS_AGO);
  const sdgs: Row[] = SDGS.map((sdg, i) => ({ id: i + 1, ...at, number: sdg.number, title: sdg.title, description: sdg.description }));
  const frameworks: Row[] = FRAMEWORKS.map((f, i) => ({
    id: i + 1, ...at, slug: f.slug, name: f.name, owner: f.owner, url: f.url, summary: f.summary,
  }));
  const priorities: Row[] = FRAMEWORKS.flatMap((f, fi) => f.priorities.map((p) => ({ framework_id: fi + 1, code: p.code, title: p.title })))
    .map((p, i) => ({ id: i + 1, ...at, ...p }));
  const funders = FUNDERS.map((f, i) => ({ id: i + 1, ...f }));
  const tags: Row[] = TAGS.map((t, i) => ({ id: i + 1, ...at, name: t.name, slug: t.slug }));
  addRows(dataset, 'sdgs', sdgs);
  addRows(dataset, 'frameworks', frameworks);
  addRows(dataset, 'framework_priorities', priorities);
  addRows(dataset, 'funders', funders.map((f) => ({
    id: f.id, ...at, name: f.name, slug: f.slug, kind: f.kind, jurisdiction: f.jurisdiction, website: f.website,
  })));
  addRows(dataset, 'tags', tags);
  return {
    sdgIdByNumber: new Map(SDGS.map((s, i) => [s.number, i + 1])),
    priorityIdByCode: new Map(priorities.map((p) => [String(p.code), Number(p.id)])),
    funders,
    tagIdBySlug: new Map(TAGS.map((t, i) => [t.slug, i + 1])),
  };
}
