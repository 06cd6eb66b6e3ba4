import type { EntityMetadata, EntityProperty } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { createConfig } from './config.ts';

/** The command that rewrites SCHEMA.md; the staleness test names it. */
export const DIAGRAM_COMMAND = 'npm run schema:diagram -w @navimpact/schema';

// Mermaid attribute types are single words: numeric(12,2) → numeric, text[] → text_array.
function mermaidType(prop: EntityProperty): string {
  const type = (prop.columnTypes?.[0] ?? 'unknown').replace(/\(.*\)/, '');
  return type.endsWith('[]') ? `${type.slice(0, -2)}_array` : type.replace(/\s+/g, '_');
}

function attribute(prop: EntityProperty): string[] {
  const keys = [prop.primary && 'PK', prop.kind === 'm:1' && 'FK'].filter(Boolean).join(', ');
  const notes = [prop.nullable && 'null', prop.enum && 'enum'].filter(Boolean).join(', ');
  return prop.fieldNames.map((column) =>
    `    ${mermaidType(prop)} ${column}${keys ? ` ${keys}` : ''}${notes ? ` "${notes}"` : ''}`.trimEnd(),
  );
}

function relationship(meta: EntityMetadata, prop: EntityProperty): string {
  const target = prop.targetMeta!.tableName;
  const parent = prop.nullable ? '|o' : '||';
  return `  ${target} ${parent}--o{ ${meta.tableName} : "${prop.fieldNames.join(', ')} (${prop.deleteRule ?? 'no action'})"`;
}

/** The Mermaid `erDiagram` of the given entities: every table with its columns, every foreign key with its ON DELETE rule. */
export function renderErDiagram(metadata: readonly EntityMetadata[]): string {
  const tables = [...metadata].filter((m) => m.tableName).sort((a, b) => a.tableName.localeCompare(b.tableName));
  const columns = (meta: EntityMetadata) =>
    meta.props.filter((p) => (p.kind === 'scalar' || p.kind === 'm:1') && p.persist !== false).flatMap(attribute);
  const lines = ['erDiagram'];
  for (const meta of tables) lines.push(`  ${meta.tableName} {`, ...columns(meta), '  }');
  for (const meta of tables) for (const prop of meta.props.filter((p) => p.kind === 'm:1')) lines.push(relationship(meta, prop));
  return lines.join('\n');
}

/** SCHEMA.md as the schema:diagram script writes it, from the ORM's metadata of the V2 entities. */
export async function schemaDiagramMarkdown(): Promise<string> {
  // The metadata is discovered without connecting, so no server is needed.
  const orm = new MikroORM(createConfig({ url: 'postgres://localhost/navimpact_diagram' }));
  try {
    const diagram = renderErDiagram([...orm.getMetadata().getAll().values()]);
    return [
      '# The V2 schema',
      '',
      `Generated from the entities' metadata by \`${DIAGRAM_COMMAND}\`; do not edit by hand.`,
      'Edges read parent → child, labelled with the foreign key column and its ON DELETE rule.',
      '',
      '```mermaid',
      diagram,
      '```',
      '',
    ].join('\n');
  } finally {
    await orm.close();
  }
}
