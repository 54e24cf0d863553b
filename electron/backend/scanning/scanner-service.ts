import { promises as fs } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { StartScanInput } from '../../../shared/scanning/scanning-schemas';
import { MAX_SESSION_PAGES } from '../../../shared/scanning/scanning-schemas';
import type { Rotation, ScanJob, ScannerCapabilities, ScannerDeviceList } from '../../../shared/scanning/scanning';
import { importFile } from '../../devices/scanner/file-import';
import { ScanError } from '../../devices/scanner/scan-error';
import { splitDeviceId, type ScannerDriver } from '../../devices/scanner/scanner-driver';
import { AppError } from '../core/app-error';
import type { ScanSession } from './scan-session';
import type { ScanSessions } from './scan-sessions';
import type { SessionPages } from './session-pages';

const FULL = `Sesi ini sudah berisi ${MAX_SESSION_PAGES} halaman. Simpan dulu dokumennya, lalu pindai sisanya sebagai dokumen baru.`;
const STILL_SCANNING = 'Pemindaian masih berjalan. Tunggu sampai selesai atau tekan Batal.';
const count = (n: number) => `${n} halaman`;

/**
 * Scanning from the clerk's side: the devices of every driver, their options, a scan that
 * runs in the background while the screen polls its progress, cancelling, importing files,
 * and putting the pages in order before they are saved.
 */
export class ScannerService {
  private readonly labels = new Map<string, string>();

  constructor(
    private readonly sessions: ScanSessions,
    private readonly pages: SessionPages,
    private readonly drivers: readonly ScannerDriver[],
    private readonly log: (err: unknown) => void,
  ) {}

  async devices(): Promise<ScannerDeviceList> {
    const list: ScannerDeviceList = { devices: [], notes: [] };
    for (const driver of this.drivers) {
      const reason = await driver.unavailableReason();
      if (reason) {
        list.notes.push(reason);
        continue;
      }
      try {
        const devices = await driver.listDevices();
        for (const d of devices) this.labels.set(d.id, d.label);
        list.devices.push(...devices);
      } catch (error) {
        if (!(error instanceof ScanError)) throw error;
        list.notes.push(error.message);
      }
    }
    if (list.devices.length === 0) {
      list.notes.push('Tidak ada pemindai yang terhubung. Nyalakan pemindai dan sambungkan ke komputer, atau pakai Impor berkas / folder pindai.');
    }
    return list;
  }

  async capabilities(deviceId: string): Promise<ScannerCapabilities> {
    const { driver, name } = this.driverFor(deviceId);
    return this.asAppError(() => driver.capabilities(name));
  }

  async start(input: StartScanInput, userId: number): Promise<ScanJob> {
    const { driver, name } = this.driverFor(input.deviceId);
    const session = await this.sessions.getOrCreate(input.sessionId, userId);
    if (session.state === 'memindai') throw new AppError('CONFLICT', STILL_SCANNING);
    const room = MAX_SESSION_PAGES - session.pages.length;
    if (room <= 0) throw new AppError('VALIDATION', FULL);

    const outDir = path.join(session.dir, session.nextStem('pindai'));
    await fs.mkdir(outDir, { recursive: true });
    const abort = new AbortController();
    const device = this.labels.get(input.deviceId) ?? name;
    Object.assign(session, { state: 'memindai', pagesScanned: 0, pagePercent: null, message: null, abort });
    session.running = driver
      .scan(
        { device: name, resolution: input.resolution, colourMode: input.colourMode, source: input.source, duplex: input.duplex, maxPages: Math.min(input.maxPages ?? room, room), outDir },
        async (page) => {
          const meta = await sharp(page.file).metadata();
          await this.pages.add(session, {
            source: { kind: 'image', file: page.file }, origin: driver.kind, label: `Pindaian ${session.pages.length + 1}`,
            width: meta.width ?? 0, height: meta.height ?? 0, dpi: input.resolution, colourMode: input.colourMode, device,
          });
          session.pagesScanned = page.index;
          session.pagePercent = null;
        },
        abort.signal,
        (percent) => {
          session.pagePercent = percent;
        },
      )
      .then(
        (result) => {
          const emptied = input.source === 'adf' && result.feederEmptied ? ' Pengumpan dokumen sudah kosong.' : '';
          session.message = { kind: 'info', text: `${count(result.pages)} dipindai.${emptied}` };
        },
        (error: unknown) => {
          const kept = session.pagesScanned > 0 ? ` ${count(session.pagesScanned)} yang sudah terpindai tetap ada.` : '';
          if (error instanceof ScanError) {
            session.message = { kind: error.code === 'CANCELLED' ? 'info' : 'error', text: error.message + kept };
            return;
          }
          this.log(error);
          session.message = { kind: 'error', text: `Pemindaian terhenti karena kesalahan di aplikasi.${kept}` };
        },
      )
      .finally(() => {
        Object.assign(session, { state: 'siap', pagePercent: null, abort: null, running: null });
      });
    return this.pages.view(session);
  }

  job(sessionId: string, userId: number): Promise<ScanJob> {
    return this.pages.view(this.sessions.get(sessionId, userId));
  }

  /** Stops a running scan; the pages already delivered stay in the session. */
  async cancel(sessionId: string, userId: number): Promise<ScanJob> {
    const session = this.sessions.get(sessionId, userId);
    session.abort?.abort();
    await session.running;
    return this.pages.view(session);
  }

  async discard(sessionId: string, userId: number): Promise<null> {
    await this.sessions.discard(this.sessions.get(sessionId, userId));
    return null;
  }

  /** Adds the pages of one uploaded file (PDF, JPEG, PNG, TIFF) to a session. */
  async importFile(sessionId: string | undefined, fileName: string, bytes: Uint8Array, userId: number): Promise<ScanJob> {
    const session = await this.sessions.getOrCreate(sessionId, userId);
    await this.importInto(session, fileName, bytes, 'berkas');
    session.message = { kind: 'info', text: `Berkas ${path.basename(fileName)} diimpor.` };
    return this.pages.view(session);
  }

  /** Imports bytes as pages of `origin`, or says why not (nothing is added then). */
  async importInto(session: ScanSession, fileName: string, bytes: Uint8Array, origin: 'berkas' | 'folder'): Promise<void> {
    if (session.state === 'memindai') throw new AppError('CONFLICT', STILL_SCANNING);
    const imported = await importFile(bytes, fileName, session.dir, session.nextStem('impor'));
    if ('problem' in imported) throw new AppError('VALIDATION', imported.problem, { file: imported.problem });
    if (session.pages.length + imported.length > MAX_SESSION_PAGES) throw new AppError('VALIDATION', FULL);
    for (const page of imported) await this.pages.add(session, this.pages.fromImport(page, origin));
  }

  /** The pages in their new order and turn; pages not listed are deleted. */
  async editPages(sessionId: string, wanted: { id: string; rotation: Rotation }[], userId: number): Promise<ScanJob> {
    const session = this.sessions.get(sessionId, userId);
    if (session.state === 'memindai') throw new AppError('CONFLICT', STILL_SCANNING);
    const byId = new Map(session.pages.map((p) => [p.id, p]));
    const unknown = wanted.filter((w) => !byId.has(w.id));
    if (unknown.length > 0) throw new AppError('VALIDATION', 'Ada halaman yang tidak dikenal di sesi ini. Muat ulang halaman pindaian.');
    const kept = wanted.map((w) => Object.assign(byId.get(w.id)!, { rotation: w.rotation }));
    const removed = session.pages.filter((p) => !wanted.some((w) => w.id === p.id));
    session.pages = kept;
    await this.pages.drop(session, removed);
    session.message = null;
    return this.pages.view(session);
  }

  private driverFor(deviceId: string): { driver: ScannerDriver; name: string } {
    const split = splitDeviceId(deviceId);
    const driver = split && this.drivers.find((d) => d.kind === split.kind);
    if (!split || !driver) throw new AppError('VALIDATION', 'Pemindai tidak dikenal. Muat ulang daftar pemindai.');
    return { driver, name: split.name };
  }

  private async asAppError<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof ScanError) throw new AppError(error.code === 'DEVICE_GONE' ? 'NOT_FOUND' : 'VALIDATION', error.message);
      throw error;
    }
  }
}
