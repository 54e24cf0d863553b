import { promises as fs, rmSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../core/app-error';
import { ScanSession } from './scan-session';

/** Folder of the data folder holding the pages of unsaved sessions. */
export const SCAN_TEMP_FOLDER = 'pindaian-sementara';

export const SESSION_GONE = 'Sesi pindaian tidak ditemukan atau sudah selesai. Mulai pindaian baru.';

/** The open scan sessions of this backend, each owned by one user. */
export class ScanSessions {
  private readonly sessions = new Map<string, ScanSession>();
  readonly root: string;

  constructor(dataDir: string) {
    this.root = path.join(dataDir, SCAN_TEMP_FOLDER);
    // Sessions live in memory: pages left from an earlier run of the app have no owner any more.
    rmSync(this.root, { recursive: true, force: true, maxRetries: 3 });
  }

  async create(ownerId: number): Promise<ScanSession> {
    const session = new ScanSession(ownerId, this.root);
    await fs.mkdir(session.dir, { recursive: true });
    this.sessions.set(session.id, session);
    return session;
  }

  /** The session if it exists and belongs to `userId`; otherwise NOT_FOUND (never someone else's pages). */
  get(id: string, userId: number): ScanSession {
    const session = this.sessions.get(id);
    if (!session || session.ownerId !== userId) throw new AppError('NOT_FOUND', SESSION_GONE);
    return session;
  }

  /** An existing session of the user, or a new one when `id` is absent. */
  async getOrCreate(id: string | undefined, userId: number): Promise<ScanSession> {
    return id ? this.get(id, userId) : this.create(userId);
  }

  async discard(session: ScanSession): Promise<void> {
    session.abort?.abort();
    await session.running?.catch(() => undefined);
    this.sessions.delete(session.id);
    await Promise.allSettled(session.pages.map((p) => p.qrDone));
    await fs.rm(session.dir, { recursive: true, force: true, maxRetries: 3 });
  }

  async closeAll(): Promise<void> {
    for (const session of [...this.sessions.values()]) await this.discard(session);
  }
}
