import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGRAM_COMMAND, schemaDiagramMarkdown } from '../src/diagram.ts';

describe('the ER diagram', () => {
  it('matches the entities', async () => {
    const written = await readFile(resolve(import.meta.dirname, '../SCHEMA.md'), 'utf8').catch(() => '');
    expect(written === (await schemaDiagramMarkdown()), `SCHEMA.md is stale; regenerate it with \`${DIAGRAM_COMMAND}\`.`).toBe(true);
  });

  it('draws every foreign key with its ON DELETE rule', async () => {
    const markdown = await schemaDiagramMarkdown();
    expect(markdown).toContain('  funders ||--o{ grants : "funder_id (restrict)"');
    expect(markdown).toContain('  users |o--o{ task_comments : "author_id (set null)"');
    expect(markdown).toContain('    text_array audience_tags');
  });
});
