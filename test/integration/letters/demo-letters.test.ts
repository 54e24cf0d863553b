import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/backend/create-backend';
import { ManualClock } from '../../../electron/backend/core/clock';
import type { LetterListPage } from '../../../shared/letters/letter-records';
import { DEFAULT_NOW, TEST_SCRYPT_COST } from '../../support/temp-backend';
import { makeTempDir, removeTempDir } from '../../support/temp-dir';

/** `--demo`: one reply waits for the Kepala Dinas' paraf, one is signed, numbered and handed over. */
let backend: Backend | null = null;
let dir = '';
afterEach(async () => {
  await backend?.close();
  removeTempDir(dir);
});

describe('demo letters', () => {
  it('fills the letter trays of the Kepala Dinas and the register of signed letters', async () => {
    dir = makeTempDir('meja-demo-letters-');
    backend = await createBackend({ dataDir: dir, clock: new ManualClock(DEFAULT_NOW), runtime: 'browser', version: '0', demo: true, scryptCost: TEST_SCRYPT_COST, log: () => undefined });
    const db = backend.db;
    const letters = await db.selectFrom('letters').select(['id', 'state', 'number', 'complaint_id']).orderBy('id').execute();
    expect(letters.map((l) => l.state)).toEqual(['paraf', 'terkirim']);
    expect(letters[1]?.number).toMatch(/^001\/SEK\/HM\.01\/XI\/2026$/);

    const kadis = await db.selectFrom('users').select('id').where('username', '=', 'kadis').executeTakeFirstOrThrow();
    const tray = await backend.dispatch('letters.list', { input: { box: 'tindakan' }, session: backend.openTrustedSession(kadis.id) });
    expect(tray.ok && (tray.value as LetterListPage).rows.map((r) => [r.id, r.needsMyAction])).toEqual([[letters[0]?.id, true]]);
    // The delivered reply answered its complaint; the SOP run waits for the archive step.
    const answered = await db.selectFrom('complaints').select('status').where('id', '=', letters[1]?.complaint_id ?? 0).executeTakeFirstOrThrow();
    expect(answered.status).toBe('dijawab');
    const open = await db.selectFrom('workflow_tasks').select('step_no').where('complaint_id', '=', letters[1]?.complaint_id ?? 0).where('done_at', 'is', null).execute();
    expect(open.map((t) => t.step_no)).toEqual([12]);
    const stuck = await db.selectFrom('audit_log').select('reason').where('action', '=', 'alur_tidak_bergerak').execute();
    expect(stuck).toEqual([]);
  });
});
