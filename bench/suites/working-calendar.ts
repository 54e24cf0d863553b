import fs from 'node:fs';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { StandardTime } from '../../shared/sop/sop-definition';
import type { ClockPause } from '../../shared/workflow/due-time';
import { CalendarDueTimeCalculator, isClockStopped } from '../../shared/time/working-time-arithmetic';
import { CalendarService } from '../../electron/backend/calendar/calendar-service';
import { SettingsService } from '../../electron/backend/settings/settings-service';
import type { Database } from '../../electron/db/database-schema';
import { migrate } from '../../electron/db/migrate';
import { openDatabase } from '../../electron/db/open-database';
import type { BenchOperation, BenchOptions, BenchSuite, PreparedSuite } from '../bench-suite';

/**
 * Due times for 1,000,000 SOP steps on the shipped calendar (2025–2027 holidays, Ramadan
 * hours): the engine's work when it recomputes every open step, e.g. after an
 * administrator adds a cuti bersama. Mixed units as the seed SOPs write them, one step in
 * ten paused once or twice, one in a hundred waiting on an open pause.
 *
 * Each measured iteration computes one slice of the steps (rows / iterations, 5,000 by
 * default), so the iterations together cover every step once. The sqlite3 shell side only
 * reads the same slice and adds its amounts on the wall clock: the floor that no calendar
 * arithmetic can beat, kept so the table reads like the other suites.
 */

const SEED = 2026;
const START_FROM = Date.parse('2025-01-01T00:00:00Z');
const START_SPAN = Date.parse('2027-10-01T00:00:00Z') - START_FROM;
const TARGET = { p95Ms: 50, maxRatio: 200 };
const INSERT_CHUNK = 1_000;

interface Step {
  start: Date;
  time: StandardTime;
  pauses: ClockPause[];
}

/** Mulberry32: deterministic, so every run measures the same steps. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function makeSteps(count: number): Step[] {
  const r = random(SEED);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const steps: Step[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const start = new Date(START_FROM + Math.floor(r() * START_SPAN / 60_000) * 60_000);
    const u = r();
    const time: StandardTime =
      u < 0.4 ? { amount: [2, 5, 10, 15, 20, 25, 30, 60][int(0, 7)]!, unit: 'menit', workingTime: true }
      : u < 0.62 ? { amount: [1, 2, 12][int(0, 2)]!, unit: 'jam', workingTime: true }
      : u < 0.65 ? { amount: 12, unit: 'jam', workingTime: false }
      : u < 0.75 ? { amount: int(1, 14), unit: 'hari', workingTime: true }
      : { amount: [3, 5, 10, 14][int(0, 3)]!, unit: 'hari-kerja', workingTime: true };
    const pauses: ClockPause[] = [];
    const p = r();
    if (p < 0.01) pauses.push({ from: new Date(start.getTime() + int(0, 120) * 60_000), to: null, reason: 'Menunggu pelapor' });
    else if (p < 0.11) {
      let from = start.getTime() + int(0, 24 * 60) * 60_000;
      for (let k = int(1, 2); k > 0; k--) {
        const to = from + int(30, 3 * 24 * 60) * 60_000;
        pauses.push({ from: new Date(from), to: new Date(to), reason: 'Menunggu kelengkapan' });
        from = to + int(60, 24 * 60) * 60_000;
      }
    }
    steps[i] = { start, time, pauses };
  }
  return steps;
}

async function storeSteps(db: Kysely<Database>, steps: Step[]): Promise<void> {
  await sql`CREATE TABLE bench_steps (id INTEGER PRIMARY KEY, start_ms INTEGER NOT NULL, amount REAL NOT NULL,
    unit TEXT NOT NULL, working INTEGER NOT NULL)`.execute(db);
  await db.transaction().execute(async (trx) => {
    const t = trx as unknown as Kysely<Record<string, Record<string, unknown>>>;
    for (let i = 0; i < steps.length; i += INSERT_CHUNK) {
      const values = steps.slice(i, i + INSERT_CHUNK).map((s, k) => ({
        id: i + k, start_ms: s.start.getTime(), amount: s.time.amount, unit: s.time.unit, working: s.time.workingTime ? 1 : 0,
      }));
      await t.insertInto('bench_steps').values(values).execute();
    }
  });
}

export const workingCalendarSuite: BenchSuite = {
  name: 'working-calendar',
  title: 'Working calendar: due times of SOP steps',
  async setup(options: BenchOptions): Promise<PreparedSuite> {
    const buildStarted = performance.now();
    const dir = path.join(options.tmpDir, `working-calendar-${options.rows}`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const databaseFile = path.join(dir, 'meja-aduan.sqlite3');
    const db = await openDatabase(databaseFile);
    await migrate(db as unknown as Kysely<unknown>);
    const service = new CalendarService(db, new SettingsService(db));

    options.log(`  generating ${options.rows.toLocaleString('en-US')} steps…`);
    const steps = makeSteps(options.rows);
    await storeSteps(db, steps);
    const buildSeconds = Math.round((performance.now() - buildStarted) / 100) / 10;

    // One full pass before measuring: checks every result and gives the headline figure.
    let calculator: CalendarDueTimeCalculator = await service.dueTimes();
    calculator.dueAt(steps[0]!.start, steps[0]!.time, steps[0]!.pauses);
    const passStarted = performance.now();
    let stopped = 0;
    for (const s of steps) {
      const due = calculator.dueAt(s.start, s.time, s.pauses);
      if (isClockStopped(due)) stopped++;
      else if (!(due.getTime() > s.start.getTime())) throw new Error(`due time not after start for ${s.start.toISOString()}`);
    }
    const passSeconds = (performance.now() - passStarted) / 1000;
    options.log(`  one pass over all steps: ${passSeconds.toFixed(2)} s (${Math.round(steps.length / passSeconds).toLocaleString('en-US')} steps/s)`);

    const slice = Math.ceil(steps.length / options.iterations);
    const range = (i: number) => {
      const from = ((i * slice) % steps.length);
      return [from, Math.min(from + slice, steps.length)] as const;
    };
    const operation: BenchOperation = {
      key: 'calendar.dueTimes',
      label: `Due times of ${slice.toLocaleString('en-US')} steps`,
      target: TARGET,
      async service(i) {
        // The calendar as the backend holds it; rebuilt from the database every 50 slices, as after an edit.
        if (i % 50 === 0) calculator = await service.dueTimes();
        const [from, to] = range(i);
        let last = 0;
        for (let k = from; k < to; k++) {
          const s = steps[k]!;
          last = calculator.dueAt(s.start, s.time, s.pauses).getTime();
        }
        if (!(last > 0)) throw new Error('no due time computed');
      },
      shellSql(i) {
        const [from, to] = range(i);
        return `SELECT max(start_ms + amount * CASE unit WHEN 'menit' THEN 60000 WHEN 'jam' THEN 3600000 ELSE 86400000 END) FROM bench_steps WHERE id >= ${from} AND id < ${to};`;
      },
      note:
        `calendar arithmetic (working hours, holidays, Ramadan, pauses) against the shell merely reading the slice and adding wall-clock amounts; ` +
        `one pass over all ${steps.length.toLocaleString('en-US')} steps took ${passSeconds.toFixed(2)} s = ${Math.round(steps.length / passSeconds).toLocaleString('en-US')} steps/s`,
    };

    return {
      databaseFile,
      dataset: {
        steps: steps.length,
        sliceSteps: slice,
        pausedSteps: steps.filter((s) => s.pauses.length > 0).length,
        openPauseStopped: stopped,
        fullPassSeconds: Math.round(passSeconds * 100) / 100,
        stepsPerSecond: Math.round(steps.length / passSeconds),
        buildSeconds,
        databaseMiB: Math.round(fs.statSync(databaseFile).size / 1048576),
        reused: false,
      },
      operations: [operation],
      async teardown() {
        await db.destroy();
        if (!options.keep) fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};
