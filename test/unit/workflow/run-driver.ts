import type { SopDefinition } from '../../../shared/sop/sop-definition';
import { deriveRunState } from '../../../shared/workflow/derive-run-state';
import type { CommandContext, CommandResult, RunUser } from '../../../shared/workflow/run-command-guards';
import type { RunEvent } from '../../../shared/workflow/run-events';
import { wallClockCalculator } from './wall-clock-calculator';

/**
 * Drives one run in a test: each command gets the events so far and an explicit time, and
 * what it returns is appended — exactly what the backend will do with a database row.
 */
export class RunDriver {
  readonly events: RunEvent[] = [];
  private now: Date;

  constructor(
    readonly definition: SopDefinition,
    start: string,
  ) {
    this.now = new Date(start);
  }

  /** Moves the test's clock forward by minutes. */
  wait(minutes: number): this {
    this.now = new Date(this.now.getTime() + minutes * 60_000);
    return this;
  }

  at(iso: string): this {
    this.now = new Date(iso);
    return this;
  }

  get time(): Date {
    return this.now;
  }

  ctx(user: RunUser): CommandContext {
    return { definition: this.definition, events: this.events, user, at: this.now };
  }

  /** Applies a command that must succeed; returns the events it added. */
  do(result: CommandResult): RunEvent[] {
    if (!result.ok) throw new Error(`Perintah ditolak: ${result.error.message}`);
    this.events.push(...result.value);
    return result.value;
  }

  state(now: Date | undefined = this.now) {
    return deriveRunState(this.definition, this.events, wallClockCalculator, { zone: 'WITA', now });
  }
}

let nextId = 1;
export const user = (name: string, actorKeys: string[], positionIds: number[] = []): RunUser => ({
  userId: nextId++,
  name,
  actorKeys,
  positionIds,
});
