import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/backend/create-backend';
import { ManualClock } from '../../../electron/backend/core/clock';
import { DEFAULT_NOW, TEST_SCRYPT_COST } from '../../support/temp-backend';
import { makeTempDir, removeTempDir } from '../../support/temp-dir';

/** `--demo`: the demo office's SOP is mapped and its open complaints stand at different steps. */
let backend: Backend | null = null;
let dir = '';
afterEach(async () => {
  await backend?.close();
  removeTempDir(dir);
});

describe('demo workflow', () => {
  it('fills the trays and the dashboard', async () => {
    dir = makeTempDir('meja-demo-wf-');
    backend = await createBackend({ dataDir: dir, clock: new ManualClock(DEFAULT_NOW), runtime: 'browser', version: '0', demo: true, scryptCost: TEST_SCRYPT_COST, log: () => undefined });
    const db = backend.db;
    const runs = await db.selectFrom('workflow_runs').select(['id']).execute();
    expect(runs.length).toBeGreaterThanOrEqual(3);
    const steps = await db.selectFrom('workflow_tasks').select('step_no').distinct().where('done_at', 'is', null).execute();
    expect(steps.length).toBeGreaterThanOrEqual(3);
    const kadis = await db.selectFrom('users').select('id').where('username', '=', 'kadis').executeTakeFirstOrThrow();
    const session = backend.openTrustedSession(kadis.id);
    const dashboard = await backend.dispatch('workflow.dashboard', { input: {}, session });
    expect(dashboard.ok).toBe(true);
    const tray = await backend.dispatch('workflow.trayCounts', { input: {}, session });
    expect(tray.ok && (tray.value as { masuk: number }).masuk + (tray.value as { diteruskan: number }).diteruskan).toBeGreaterThan(0);
  });
});
