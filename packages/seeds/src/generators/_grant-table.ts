import type { IndustryFocus } from '@navimpact/schema';
import { addDays } from '../dates.ts';
import type { GrantFacts } from './grants.generator.ts';

const NO_DEADLINE = -(2 ** 31);
const EPOCH = new Date(0);

/**
 * The facts of every grant, column by column in typed arrays: 13 bytes a grant, where an object
 * each would take a hundred, so the applications generator can choose among millions of grants.
 */
export class GrantTable {
  readonly count: number;
  private readonly focuses: IndustryFocus[] = [];
  private readonly focusCodes: Uint8Array;
  private readonly deadlineDays: Int32Array;
  private readonly amountMins: Int32Array;
  private readonly amountMaxes: Int32Array;

  constructor(count: number) {
    this.count = count;
    this.focusCodes = new Uint8Array(count + 1);
    this.deadlineDays = new Int32Array(count + 1);
    this.amountMins = new Int32Array(count + 1);
    this.amountMaxes = new Int32Array(count + 1);
  }

  /** Keeps one grant's facts under its id (1..count). */
  set(facts: GrantFacts): void {
    let code = this.focuses.indexOf(facts.focus);
    if (code < 0) code = this.focuses.push(facts.focus) - 1;
    this.focusCodes[facts.id] = code;
    this.deadlineDays[facts.id] = facts.deadline ? Math.round(facts.deadline.getTime() / 86_400_000) : NO_DEADLINE;
    this.amountMins[facts.id] = facts.amountMin;
    this.amountMaxes[facts.id] = facts.amountMax;
  }

  /** The industry a grant funds. */
  focusOf(id: number): IndustryFocus {
    return this.focuses[this.focusCodes[id]!]!;
  }

  /** The most a grant awards. */
  amountMaxOf(id: number): number {
    return this.amountMaxes[id]!;
  }

  /** Whether a grant takes applications on or after `day`: its deadline is not before it, or it has none (rolling). */
  openOnOrAfter(id: number, day: Date): boolean {
    const deadline = this.deadlineDays[id]!;
    return deadline === NO_DEADLINE || deadline >= Math.round(day.getTime() / 86_400_000);
  }

  /** The ids of the grants that take applications on or after `day`, ascending. */
  idsOpenOnOrAfter(day: Date): number[] {
    const ids: number[] = [];
    for (let id = 1; id <= this.count; id++) if (this.openOnOrAfter(id, day)) ids.push(id);
    return ids;
  }

  /** One grant's facts, as the generator gave them. */
  get(id: number): GrantFacts {
    const day = this.deadlineDays[id]!;
    return { id, focus: this.focusOf(id), deadline: day === NO_DEADLINE ? null : addDays(EPOCH, day), amountMin: this.amountMins[id]!, amountMax: this.amountMaxes[id]! };
  }
}
