// npm run schema:diagram -w @navimpact/schema
// Reads:  the entities of @navimpact/schema (no database).
// Writes: packages/schema/SCHEMA.md, the Mermaid ER diagram of the schema.
// Exit:   0 written; 1 on any error.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { schemaDiagramMarkdown } from '../src/diagram.ts';

const path = resolve(import.meta.dirname, '../SCHEMA.md');
await writeFile(path, await schemaDiagramMarkdown());
console.log(`Wrote ${path}`);
