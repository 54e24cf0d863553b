import { appendFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { makeTempDir, removeTempDir } from '../../support/temp-dir';
import { openScanningBackend, type ScanningBackend } from './scan-test-helpers';

// The scan-to-folder copier's folder, with real files appearing in it while it is watched.

const STABLE_MS = 400;
let t: ScanningBackend;
let folder: string;

beforeEach(async () => {
  t = await openScanningBackend({ drivers: [], hotFolder: { stableMs: STABLE_MS } });
  folder = makeTempDir('meja-hot-');
});
afterEach(async () => {
  await t.close();
  removeTempDir(folder);
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitForFiles(count: number, timeoutMs = 15_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const batch = await t.ok('scanner.hotFolderFiles', {});
    if (batch.files.length >= count) return batch;
    if (Date.now() > until) throw new Error(`expected ${count} files, have ${JSON.stringify(batch.files)}`);
    await sleep(100);
  }
}

const page = (colour: string) => sharp({ create: { width: 300, height: 420, channels: 3, background: colour } }).png().toBuffer();

describe('hot folder', () => {
  it('offers files once they stop growing, takes them into a session and moves them to diproses', async () => {
    expect(await t.ok('scanner.hotFolderFiles', {})).toEqual({ enabled: false, path: '', files: [], problem: null });
    const missing = await t.call('scanner.saveHotFolder', { path: path.join(folder, 'tidak-ada'), enabled: true });
    expect(missing.ok ? null : missing.error.message).toMatch(/^Folder ".*tidak-ada" tidak ditemukan/);

    writeFileSync(path.join(folder, 'lama.png'), await page('#3050c0'));
    mkdirSync(path.join(folder, 'diproses'));
    writeFileSync(path.join(folder, 'diproses', 'sudah.png'), await page('#000000'));
    expect(await t.ok('scanner.saveHotFolder', { path: folder, enabled: true })).toEqual({ path: folder, enabled: true });

    // A file already there, a copier's temporary file, a text file, then a PNG written slowly.
    writeFileSync(path.join(folder, 'scan.pdf.part'), 'sebagian');
    writeFileSync(path.join(folder, 'catatan.txt'), 'bukan pindaian');
    const slow = await page('#c03030');
    const growing = path.join(folder, 'scan0001.png');
    writeFileSync(growing, slow.subarray(0, 100));
    for (let at = 100; at < slow.length; at += 400) {
      await sleep(STABLE_MS / 4);
      // Still growing: never offered half-written.
      expect((await t.ok('scanner.hotFolderFiles', {})).files.map((f) => f.name)).not.toContain('scan0001.png');
      appendFileSync(growing, slow.subarray(at, at + 400));
    }
    const batch = await waitForFiles(2);
    expect(batch.files.map((f) => f.name).sort()).toEqual(['lama.png', 'scan0001.png']);
    expect(batch.files.find((f) => f.name === 'scan0001.png')?.size).toBe(slow.length);

    const job = await t.ok('scanner.importHotFolder', { names: ['scan0001.png', 'lama.png'] });
    expect(job.pages.map((p) => [p.label, p.origin])).toEqual([['scan0001.png', 'folder'], ['lama.png', 'folder']]);
    expect(job.message?.text).toBe('2 berkas diambil dari folder pindai dan dipindah ke "diproses".');
    expect(readdirSync(path.join(folder, 'diproses')).sort()).toEqual(['lama.png', 'scan0001.png', 'sudah.png']);
    expect(existsSync(growing)).toBe(false);
    expect((await t.ok('scanner.hotFolderFiles', {})).files).toEqual([]);

    // The copier reuses the name: the earlier file in diproses is kept, the new one numbered.
    writeFileSync(growing, await page('#30c030'));
    await waitForFiles(1);
    await t.ok('scanner.importHotFolder', { sessionId: job.sessionId, names: ['scan0001.png'] });
    expect(readdirSync(path.join(folder, 'diproses')).sort()).toEqual(['lama.png', 'scan0001 (2).png', 'scan0001.png', 'sudah.png']);

    const gone = await t.call('scanner.importHotFolder', { names: ['scan0001.png'] });
    expect(gone.ok ? null : gone.error.message).toBe('Berkas scan0001.png tidak ada lagi di folder pindai. Muat ulang daftarnya.');
    const saved = await t.ok('scanner.save', { sessionId: job.sessionId, target: { kind: 'arsip' } });
    expect(saved.document).toMatchObject({ pageCount: 3, source: 'folder' });
  });

  it('keeps watching after a restart, records who changed the settings, and stops when turned off', async () => {
    await t.ok('scanner.saveHotFolder', { path: folder, enabled: true });
    const audit = await t.backend.db.selectFrom('audit_log').selectAll().where('reason', '=', 'Folder pindai').execute();
    expect(audit.map((a) => [a.action, a.actor, JSON.parse(a.changes_json)])).toEqual([['diubah', 'Petugas Uji', { folder: ['', folder], aktif: ['tidak', 'ya'] }]]);

    // The app closes; a copier drops a page meanwhile; the app starts again on the same data.
    const dataDir = makeTempDir('meja-hot-data-');
    const first = await openScanningBackend({ drivers: [], hotFolder: { stableMs: STABLE_MS } }, { dataDir });
    await first.ok('scanner.saveHotFolder', { path: folder, enabled: true });
    await first.close();
    writeFileSync(path.join(folder, 'a.png'), await page('#808080'));
    const again = await openScanningBackend({ drivers: [], hotFolder: { stableMs: STABLE_MS } }, { dataDir });
    try {
      expect(await again.ok('scanner.hotFolder', {})).toEqual({ path: folder, enabled: true });
      for (let i = 0; i < 100 && (await again.ok('scanner.hotFolderFiles', {})).files.length === 0; i++) await sleep(100);
      expect((await again.ok('scanner.hotFolderFiles', {})).files.map((f) => f.name)).toEqual(['a.png']);
      await again.ok('scanner.saveHotFolder', { path: folder, enabled: false });
      expect(await again.ok('scanner.hotFolderFiles', {})).toMatchObject({ enabled: false, files: [] });
      const off = await again.call('scanner.importHotFolder', { names: ['a.png'] });
      expect(off.ok ? null : off.error.message).toMatch(/^Folder pindai belum diaktifkan/);
    } finally {
      await again.close();
      removeTempDir(dataDir);
    }
  });
});
