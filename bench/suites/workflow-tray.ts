import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { OFFICE_TIME_ZONE_OFFSET_MINUTES } from '../../shared/office/time-zones';
import { findSopPreset } from '../../shared/sop/presets';
import type { CallEnvelope, CallResult } from '../../shared/contract/call-result';
import type { CallInput, CallName } from '../../shared/contract/calls';
import { createBackend, DATABASE_FILE_NAME, type Backend } from '../../electron/backend/create-backend';
import { ManualClock } from '../../electron/backend/core/clock';
import { DEMO_OFFICE } from '../../electron/backend/demo/demo-office';
import { ComplianceSummary } from '../../electron/backend/workflow/compliance-summary';
import type { BenchOperation, BenchOptions, BenchSuite, PreparedSuite } from '../bench-suite';
import { sqlLiteral } from '../sqlite-shell';

/**
 * The SOP engine's tray and dashboard at `rows` complaints with five task rows each
 * (1,000,000 complaints → 5,000,000 rows of `workflow_tasks`): three years of work over
 * 20 units and 200 positions, about 2 % of it still waiting (a quarter of that overdue).
 * Generated with bulk SQL (recursive CTEs) straight into the tables the engine writes,
 * then measured through the dispatcher as a holder of one position: the tray's first page
 * with its counts, and the dashboard (due today, overdue, per-unit and per-step figures;
 * the compliance figures from the per-day summary of migration 0012, which a database
 * built before it gets by that migration's back-fill when the suite opens it).
 */

const DATA_VERSION = 1;
const TASKS_PER_COMPLAINT = 5;
const UNITS = 20;
const POSITIONS = 200;
const LAST_DAY = '2026-11-23';
const SPAN_DAYS = 3 * 365;
const ZONE_OFFSET_MS = OFFICE_TIME_ZONE_OFFSET_MINUTES[DEMO_OFFICE.timeZone] * 60_000;
const NOW = new Date(Date.parse(LAST_DAY + 'T00:00:00Z') - ZONE_OFFSET_MS + 14 * 3_600_000);
const TARGET = { p95Ms: 20, maxRatio: 2 };
/** The position whose tray is measured, and every tray like it. */
const TRAY_POSITION = 7;

async function build(backend: Backend, rows: number, log: (m: string) => void): Promise<void> {
  const db = backend.db;
  const at = NOW.toISOString();
  const preset = findSopPreset('003')!;
  await sql`PRAGMA journal_mode = WAL`.execute(db);
  await db.transaction().execute(async (trx) => {
    await sql`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${UNITS})
      INSERT INTO units (id, parent_id, name, code, sort_order, active, updated_at)
      SELECT i, NULL, 'Unit Kerja ' || i, 'U' || i, i, 1, ${at} FROM n`.execute(trx);
    await sql`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${POSITIONS})
      INSERT INTO positions (id, unit_id, title, short_title, superior_id, sort_order, active, updated_at)
      SELECT i, (i - 1) / ${POSITIONS / UNITS} + 1, 'Jabatan ' || i, 'Jab ' || i, NULL, i, 1, ${at} FROM n`.execute(trx);
    await sql`INSERT INTO sop_versions (id, code, version, title, definition_json, content_hash, origin, preset_id, change_note, created_by, created_at)
      VALUES (1, ${preset.definition.code}, 1, ${preset.definition.title}, ${JSON.stringify(preset.definition)}, ${'0'.repeat(64)}, 'preset', '003', '', 'Bench', ${at})`.execute(trx);
  });
  const span = SPAN_DAYS * 86_400_000;
  const startMs = NOW.getTime() - span;
  const chunk = 100_000;
  for (let from = 1; from <= rows; from += chunk) {
    const to = Math.min(rows, from + chunk - 1);
    await db.transaction().execute(async (trx) => {
      // received_at spread evenly over three years, oldest first; ids follow time.
      await sql`WITH RECURSIVE n(i) AS (SELECT ${from} UNION ALL SELECT i + 1 FROM n WHERE i < ${to})
        INSERT INTO complaints (id, register_year, register_seq, register_number, tracking_code, channel, form, kind, subject, description, privacy, status, received_at, created_by, updated_at)
        SELECT i, 2026, i, 'B-' || i, 'T' || i, 'langsung', 'tertulis', 'pengaduan', 'Pengaduan ' || i, '', 'biasa',
          CASE WHEN i > ${rows} * 0.98 THEN 'diproses' ELSE 'selesai' END,
          strftime('%Y-%m-%dT%H:%M:%fZ', (${startMs} + (i * 1.0 / ${rows}) * ${span}) / 1000.0, 'unixepoch'), 'Bench', ${at}
        FROM n`.execute(trx);
      await sql`INSERT INTO workflow_runs (id, complaint_id, sop_version_id, sop_code, started_at, finished_at, ending, paused, event_count, updated_at)
        SELECT id, id, 1, ${preset.definition.code}, received_at, CASE WHEN status = 'selesai' THEN received_at END,
          CASE WHEN status = 'selesai' THEN 'selesai' END, 0, 0, received_at FROM complaints WHERE id BETWEEN ${from} AND ${to}`.execute(trx);
      // Five tasks per run, each in a pseudo-random position; the last task of a waiting run is open.
      await sql`WITH RECURSIVE k(s) AS (SELECT 1 UNION ALL SELECT s + 1 FROM k WHERE s < ${TASKS_PER_COMPLAINT}),
        t AS (SELECT c.id AS cid, k.s AS s, c.status AS status, c.received_at AS received_at,
                ((c.id * 7919 + k.s * 104729) % ${POSITIONS}) + 1 AS pos,
                strftime('%Y-%m-%dT%H:%M:%fZ', c.received_at, '+' || (k.s * 2) || ' hours') AS due,
                strftime('%Y-%m-%dT%H:%M:%fZ', c.received_at, '+' || (k.s * 2 + ((c.id + k.s) % 5) - 1) || ' hours') AS done
              FROM complaints c, k WHERE c.id BETWEEN ${from} AND ${to})
        INSERT INTO workflow_tasks (run_id, complaint_id, sop_code, step_no, actor_key, part_position_id, position_id, unit_id, is_primary, box, sort_at,
          read_at, received_at, due_at, done_at, on_time, late_minutes, urgency, reason, outcome_text, paused)
        SELECT cid, cid, ${preset.definition.code}, s + 1, 'petugas-pelayanan', NULL, pos, (pos - 1) / ${POSITIONS / UNITS} + 1, 1,
          CASE WHEN status = 'diproses' AND s = ${TASKS_PER_COMPLAINT} THEN 'masuk' WHEN status = 'selesai' THEN 'selesai' ELSE 'diteruskan' END,
          CASE WHEN status = 'diproses' AND s = ${TASKS_PER_COMPLAINT} THEN due ELSE done END,
          CASE WHEN cid % 3 = 0 THEN received_at END, received_at, due,
          CASE WHEN status = 'diproses' AND s = ${TASKS_PER_COMPLAINT} THEN NULL ELSE done END,
          CASE WHEN status = 'diproses' AND s = ${TASKS_PER_COMPLAINT} THEN NULL ELSE (done <= due) END,
          CASE WHEN done > due THEN 60 ELSE 0 END, NULL, NULL, NULL, 0
        FROM t`.execute(trx);
    });
    log(`  ${to.toLocaleString('en-US')} complaints`);
  }
  // Waiting work: its due times spread around now (a quarter overdue).
  await sql`UPDATE workflow_tasks SET due_at = strftime('%Y-%m-%dT%H:%M:%fZ', ${NOW.toISOString()}, ((id % 16) - 4) || ' hours'), sort_at = NULL
    WHERE done_at IS NULL`.execute(db);
  await sql`UPDATE workflow_tasks SET sort_at = due_at WHERE done_at IS NULL`.execute(db);
  // The rows went in past the service: sum the dashboard's compliance days as migration 0012 does.
  log('  summing the compliance days…');
  await new ComplianceSummary().rebuild(db);
  await sql`ANALYZE`.execute(db);
}

export const workflowTraySuite: BenchSuite = {
  name: 'workflow-tray',
  title: 'SOP engine: a position\'s tray and the dashboard',
  async setup(options: BenchOptions): Promise<PreparedSuite> {
    const dataDir = path.join(options.tmpDir, `workflow-tray-${options.rows}`);
    const markerFile = path.join(dataDir, 'bench-marker.json');
    // buildSeconds / builtAt: absent in markers written before they were recorded.
    const marker = fs.existsSync(markerFile)
      ? (JSON.parse(fs.readFileSync(markerFile, 'utf8')) as { dataVersion: number; rows: number; buildSeconds?: number; builtAt?: string })
      : null;
    const reused = marker?.dataVersion === DATA_VERSION && marker.rows === options.rows;
    if (!reused) fs.rmSync(dataDir, { recursive: true, force: true });
    fs.mkdirSync(dataDir, { recursive: true });
    const clock = new ManualClock(NOW);
    const backend = await createBackend({ dataDir, clock, runtime: 'browser', version: 'bench', log: () => undefined });
    // On reuse the facts are the original build's, from the marker (as complaint-register.ts does).
    let built = { buildSeconds: marker?.buildSeconds ?? null, builtAt: marker?.builtAt ?? null };
    if (!reused) {
      const started = performance.now();
      options.log(`  building ${options.rows.toLocaleString('en-US')} complaints × ${TASKS_PER_COMPLAINT} tasks…`);
      await build(backend, options.rows, options.log);
      built = { buildSeconds: Math.round((performance.now() - started) / 100) / 10, builtAt: new Date().toISOString() };
      fs.writeFileSync(markerFile, JSON.stringify({ dataVersion: DATA_VERSION, rows: options.rows, ...built }));
    }

    // A clerk holding one position (not an administrator: the tray is theirs only).
    const at = NOW.toISOString();
    let user = await backend.db.selectFrom('users').select('id').where('username', '=', 'bench.tray').executeTakeFirst();
    if (!user) {
      user = await backend.db.insertInto('users').values({
        username: 'bench.tray', name: 'Bench Pemegang Jabatan', nip: '', password_hash: 'x', is_admin: 0, permissions_json: '[]', active: 1,
        failed_attempts: 0, locked_until: null, last_sign_in_at: null, created_at: at, updated_at: at,
      }).returning('id').executeTakeFirstOrThrow();
      await backend.db.insertInto('user_positions').values({ user_id: user.id, position_id: TRAY_POSITION }).execute();
    }
    const session = backend.openTrustedSession(user.id);
    const call = async <N extends CallName>(name: N, input: CallInput<N>) => {
      const result = (await backend.dispatch(name, { input, session } satisfies CallEnvelope)) as CallResult<unknown>;
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
      return result.value;
    };
    const nowIso = sqlLiteral(NOW.toISOString());
    const zone = ((await call('settings.get', {})) as { timeZone: string }).timeZone;
    const counts = await backend.db.selectFrom('workflow_tasks').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const waiting = await backend.db.selectFrom('workflow_tasks').select((eb) => eb.fn.countAll<number>().as('n')).where('done_at', 'is', null).executeTakeFirstOrThrow();

    const tray: BenchOperation = {
      key: 'workflow.tray',
      label: 'A position\'s tray: first page of "Masuk" (50) with the tab counts',
      target: TARGET,
      async service() {
        const page = (await call('workflow.tray', { box: 'masuk' })) as { items: unknown[] };
        if (page.items.length === 0) throw new Error('empty tray');
      },
      shellSql() {
        return `SELECT t.*, c.register_number, c.subject FROM workflow_tasks t JOIN complaints c ON c.id = t.complaint_id WHERE t.position_id = ${TRAY_POSITION} AND t.box = 'masuk' ORDER BY t.sort_at IS NULL, t.sort_at LIMIT 50; ` +
          `SELECT box, count(*) FROM workflow_tasks WHERE position_id = ${TRAY_POSITION} AND box IN ('masuk','dikembalikan') GROUP BY box;`;
      },
      note: 'the service also counts the done boxes (capped at 1,000 rows each) and closes due system steps first',
    };
    const dashboard: BenchOperation = {
      key: 'workflow.dashboard',
      label: 'Dashboard: due today, overdue (counts + 20 worst), per unit, per SOP step for this month',
      target: TARGET,
      async service() {
        const d = (await call('workflow.dashboard', {})) as { overdue: number };
        if (!(d.overdue > 0)) throw new Error('no overdue work');
      },
      shellSql() {
        return `SELECT count(*) FROM workflow_tasks WHERE done_at IS NULL AND is_primary = 1 AND position_id IS NOT NULL AND due_at < ${nowIso}; ` +
          `SELECT unit_id, count(*), sum(due_at < ${nowIso}) FROM workflow_tasks WHERE done_at IS NULL AND is_primary = 1 AND position_id IS NOT NULL GROUP BY unit_id; ` +
          `SELECT unit_id, sop_code, step_no, sum(total), sum(on_time), sum(late), sum(untimed), sum(delay_sum), max(worst) FROM workflow_compliance_days ` +
          `WHERE zone = ${sqlLiteral(zone)} AND day >= '${LAST_DAY.slice(0, 8)}01' AND day <= '${LAST_DAY}' GROUP BY unit_id, sop_code, step_no;`;
      },
    };
    return {
      databaseFile: path.join(dataDir, DATABASE_FILE_NAME),
      dataset: {
        complaints: options.rows,
        taskRows: Number(counts.n),
        waitingRows: Number(waiting.n),
        positions: POSITIONS,
        units: UNITS,
        ...built,
        reused,
        databaseMiB: Math.round(fs.statSync(path.join(dataDir, DATABASE_FILE_NAME)).size / 1024 ** 2),
      },
      operations: [tray, dashboard],
      async teardown() {
        await backend.close();
        if (!options.keep && !reused) fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  },
};
