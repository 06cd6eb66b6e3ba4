import pg from 'pg';
import { FRAMEWORKS, SDGS } from '@navimpact/seeds';
import { ARCHIVE } from './_copy-legacy.ts';
import type { Mapping } from './_mapping.ts';
import { ledger } from './_sql.ts';

const lit = pg.escapeLiteral;

// The migration leaves sdgs and frameworks empty (the seeds fill them); an adopted database gets the
// same reference rows, so a project's SDGs and priorities have something to point at.
const REFERENCE = [
  `insert into sdgs (number, title, description)
   select v.number, v.title, v.description from (values ${SDGS.map((s) => `(${s.number}, ${lit(s.title)}, ${lit(s.description)})`).join(', ')})
     as v(number, title, description) where not exists (select from sdgs s where s.number = v.number)`,
  `insert into frameworks (slug, name, owner, url, summary)
   select * from (values ${FRAMEWORKS.map((f) => `(${[f.slug, f.name, f.owner, f.url, f.summary].map(lit).join(', ')})`).join(', ')})
     as v(slug, name, owner, url, summary) where not exists (select from frameworks f where f.slug = v.slug)`,
  `insert into framework_priorities (framework_id, code, title)
   select f.id, v.code, v.title from (values ${FRAMEWORKS.flatMap((f) => f.priorities.map((p) => `(${lit(f.slug)}, ${lit(p.code)}, ${lit(p.title)})`)).join(', ')})
     as v(slug, code, title) join frameworks f on f.slug = v.slug
   where not exists (select from framework_priorities x where x.framework_id = f.id and x.code = v.code)`,
];

const list = (column: string) => `jsonb_array_elements_text(case when jsonb_typeof(p.${column}) = 'array' then p.${column} else '[]' end) with ordinality`;
// parseSdgTag's rule ('SDG 11', 'SDG-4', 'sdg4'; goals 1-17), or a goal's UN title ('Quality Education').
const SDG_NUMBER = `substring(btrim(a.tag) from '^[Ss][Dd][Gg][[:space:]-]?([0-9]{1,2})$')::int`;

// One row per element of sdg_tags and framework_alignment. An element that names an SDG becomes a
// project_sdgs row, one that is a V2 priority's code a project_priorities row; contribution follows
// the seeds' rule (the order of the list: first primary, then secondary, then indirect), and an SDG
// only framework_alignment names is indirect. A project's second claim on the same goal merges.
const ALIGNMENT = [
  `create temp table adopt_alignment as
   select p.id as project_id, a.source, a.n, a.tag, coalesce(num.id, ttl.id) as sdg_id, num.number as sdg_number, fp.id as priority_id,
     fp.code, f.slug as framework, (v.id is not null) as adopted,
     case when a.source = 'projects.framework_alignment' and fp.id is null then 'indirect' when a.n = 1 then 'primary'
          when a.n = 2 or fp.id is not null then 'secondary' else 'indirect' end as contribution,
     row_number() over (partition by p.id, coalesce(num.id, ttl.id), fp.id order by a.source desc, a.n) as k
   from ${ARCHIVE}.projects p
   cross join lateral (select 'projects.sdg_tags' as source, e.n, e.tag from ${list('sdg_tags')} e(tag, n)
     union all select 'projects.framework_alignment', e.n, e.tag from ${list('framework_alignment')} e(tag, n)) a
   left join sdgs num on num.number = ${SDG_NUMBER}
   left join sdgs ttl on lower(ttl.title) = lower(btrim(a.tag))
   left join framework_priorities fp on a.source = 'projects.framework_alignment' and lower(fp.code) = lower(btrim(a.tag))
   left join frameworks f on f.slug = replace(lower(btrim(a.tag)), '_', '-')
   left join projects v on v.id = p.id`,
  `insert into project_sdgs (project_id, sdg_id, contribution)
   select project_id, sdg_id, contribution from adopt_alignment where adopted and sdg_id is not null and k = 1`,
  `insert into project_priorities (project_id, framework_priority_id, contribution)
   select project_id, priority_id, contribution from adopt_alignment where adopted and priority_id is not null and k = 1`,
  `${ledger} select a.source, a.project_id || '/' || coalesce(a.tag, 'null'),
     case when not a.adopted then null when a.sdg_id is not null then 'project_sdgs' when a.priority_id is not null then 'project_priorities' end,
     coalesce(s.id, pp.id),
     case when not a.adopted or coalesce(a.sdg_id, a.priority_id) is null then 'set-aside' when a.k > 1 then 'merged' else 'mapped' end,
     case when not a.adopted then format('project %s was set aside', a.project_id)
          when a.framework is not null then format('%L names the framework %s, not one of its priorities: kept in ${ARCHIVE}.projects', a.tag, a.framework)
          when coalesce(a.sdg_id, a.priority_id) is null then format('%L names no UN goal%s: kept in ${ARCHIVE}.projects', a.tag,
            case when a.source = 'projects.framework_alignment' then ' and no V2 framework priority' end)
          when a.k > 1 then format('%L: project %s already has %s', a.tag, a.project_id, coalesce('SDG ' || sg.number, a.code))
          when a.sdg_id is not null then format('%L: SDG %s, %s', a.tag, sg.number, a.contribution)
          else format('%L: priority %s, %s', a.tag, a.code, a.contribution) end
   from adopt_alignment a left join sdgs sg on sg.id = a.sdg_id
   left join project_sdgs s on a.adopted and s.project_id = a.project_id and s.sdg_id = a.sdg_id
   left join project_priorities pp on a.adopted and pp.project_id = a.project_id and pp.framework_priority_id = a.priority_id`,
];

/**
 * projects.sdg_tags and projects.framework_alignment (JSON lists of free text) → project_sdgs and
 * project_priorities, with the reference rows they point at; the ledger has one row per element
 * (legacy_table 'projects.sdg_tags', legacy_id '<project id>/<tag>').
 */
export const ALIGNMENT_MAPPING: Mapping = {
  tables: [],
  needs: ['projects'],
  steps: [...REFERENCE, ...ALIGNMENT],
  sequences: [],
};
