import { promises as fs } from 'node:fs';
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { HotFolderFile } from '../../../shared/scanning/scanning';

/** Subfolder that receives the files once taken into a scan session. */
export const PROCESSED_FOLDER = 'diproses';
const ACCEPTED = /\.(pdf|jpe?g|png|tiff?)$/i;
// Copiers and Windows write under a temporary name first, then rename.
const TEMPORARY = /^(~\$|\.)|\.(part|tmp|crdownload|partial)$/i;

export interface HotFolderOptions {
  /** How long a file's size must stay the same before it counts as written (default 2 s). */
  stableMs?: number;
  /** Poll instead of OS events: for network shares that do not report changes. */
  usePolling?: boolean;
}

/**
 * Watches the folder a scan-to-folder copier writes into. A file is offered only once it has
 * stopped growing (chokidar's awaitWriteFinish compares its size over `stableMs`), so a
 * half-written PDF is never taken. Only the folder itself is watched, not `diproses/`.
 */
export class HotFolderWatcher {
  private watcher: FSWatcher | null = null;
  private readonly pending = new Map<string, HotFolderFile>();
  private folder = '';
  problem: string | null = null;

  async start(folder: string, options: HotFolderOptions = {}): Promise<void> {
    await this.stop();
    this.folder = path.resolve(folder);
    this.problem = null;
    try {
      const stat = await fs.stat(this.folder);
      if (!stat.isDirectory()) throw new Error('not a folder');
    } catch {
      this.problem = `Folder pindai "${folder}" tidak ditemukan atau tidak dapat dibaca. Periksa lokasinya di Pengaturan.`;
      return;
    }
    const stableMs = options.stableMs ?? 2000;
    const watcher = watch(this.folder, {
      depth: 0,
      ignoreInitial: false,
      usePolling: options.usePolling ?? false,
      interval: Math.min(1000, Math.max(100, Math.round(stableMs / 4))),
      awaitWriteFinish: { stabilityThreshold: stableMs, pollInterval: Math.max(50, Math.round(stableMs / 5)) },
      ignored: (file: string) => file !== this.folder && path.dirname(file) === this.folder && TEMPORARY.test(path.basename(file)),
    });
    this.watcher = watcher;
    const note = (file: string, stats?: { size: number; mtime: Date }) => {
      if (path.dirname(file) !== this.folder || !ACCEPTED.test(file) || !stats) return;
      this.pending.set(path.basename(file), { name: path.basename(file), size: stats.size, modifiedAt: stats.mtime.toISOString() });
    };
    watcher.on('add', note);
    watcher.on('change', note);
    watcher.on('unlink', (file) => this.pending.delete(path.basename(file)));
    watcher.on('error', () => {
      this.problem = `Folder pindai "${folder}" tidak dapat dipantau lagi. Periksa sambungan ke folder itu.`;
    });
    await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  }

  async stop(): Promise<void> {
    const watcher = this.watcher;
    this.watcher = null;
    this.pending.clear();
    if (watcher) await watcher.close();
  }

  get watching(): boolean {
    return this.watcher !== null;
  }

  /** Files written completely and not yet taken, oldest first. */
  files(): HotFolderFile[] {
    return [...this.pending.values()].sort((a, b) => a.modifiedAt.localeCompare(b.modifiedAt) || a.name.localeCompare(b.name));
  }

  /** The full path of a pending file; null when it is not (or no longer) offered. */
  pathOf(name: string): string | null {
    return this.pending.has(name) ? path.join(this.folder, name) : null;
  }

  /**
   * Moves a taken file into `diproses/`, under a new name when one is already there, so a
   * copier that reuses names ("scan0001.pdf") never overwrites an earlier batch.
   */
  async markProcessed(name: string): Promise<string> {
    const target = path.join(this.folder, PROCESSED_FOLDER);
    await fs.mkdir(target, { recursive: true });
    const ext = path.extname(name);
    const stem = name.slice(0, name.length - ext.length);
    for (let n = 1; ; n++) {
      const candidate = path.join(target, n === 1 ? name : `${stem} (${n})${ext}`);
      const taken = await fs.access(candidate).then(() => true, () => false);
      if (taken) continue;
      await fs.rename(path.join(this.folder, name), candidate);
      this.pending.delete(name);
      return candidate;
    }
  }
}
