import { UnderscoreNamingStrategy } from '@mikro-orm/core';

type ConstraintKind = 'primary' | 'foreign' | 'unique' | 'index' | 'sequence' | 'check' | 'default' | 'trigger';

const PREFIX: Partial<Record<ConstraintKind, string>> = {
  foreign: 'fk',
  unique: 'uq',
  index: 'ix',
  check: 'ck',
};

/** Names constraints the way the V2 plan does: fk_/ix_/uq_/ck_<table>_<columns>; keys and sequences keep PostgreSQL's defaults. */
export class NavImpactNamingStrategy extends UnderscoreNamingStrategy {
  override indexName(tableName: string, columns: string[], type: ConstraintKind): string {
    const prefix = PREFIX[type];
    if (!prefix) return super.indexName(tableName, columns, type);
    const table = tableName.includes('.') ? tableName.slice(tableName.indexOf('.') + 1) : tableName;
    return [prefix, table, ...columns.map((c) => c.replace(/\./g, '_'))].join('_');
  }
}
