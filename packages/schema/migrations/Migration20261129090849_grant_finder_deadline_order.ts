import { Migration } from '@mikro-orm/migrations';

export class Migration20261129090849_grant_finder_deadline_order extends Migration {

  override name = 'Migration20261129090849_grant_finder_deadline_order';

  override up(): void | Promise<void> {
    this.addSql(`drop index "ix_grants_funder_id";`);
    this.addSql(`drop index "ix_grants_industry_focus";`);
    this.addSql(`drop index "ix_grants_location_eligibility";`);
    this.addSql(`drop index "ix_grants_source";`);
    this.addSql(`create index "ix_grants_funder_id_deadline" on "grants" ("funder_id", "deadline");`);
    this.addSql(`create index "ix_grants_source_deadline" on "grants" ("source", "deadline");`);
    this.addSql(`create index "ix_grants_industry_focus_deadline" on "grants" ("industry_focus", "deadline");`);
    this.addSql(`create index "ix_grants_location_eligibility_deadline" on "grants" ("location_eligibility", "deadline");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "ix_grants_funder_id_deadline";`);
    this.addSql(`drop index "ix_grants_source_deadline";`);
    this.addSql(`drop index "ix_grants_industry_focus_deadline";`);
    this.addSql(`drop index "ix_grants_location_eligibility_deadline";`);
    this.addSql(`create index "ix_grants_funder_id" on "grants" ("funder_id");`);
    this.addSql(`create index "ix_grants_industry_focus" on "grants" ("industry_focus");`);
    this.addSql(`create index "ix_grants_location_eligibility" on "grants" ("location_eligibility");`);
    this.addSql(`create index "ix_grants_source" on "grants" ("source");`);
  }

}
