import { useCallback, useEffect, useRef, useState } from 'react';
import type { Rotation, SavedScan, SaveTarget, ScanJob } from '../../../../shared/scanning/scanning';
import type { StartScanInput } from '../../../../shared/scanning/scanning-schemas';
import { call } from '../../api/client';
import { fileToBase64 } from '../complaints/shared/file-to-base64';

const POLL_MS = 500;

export interface ScanSessionState {
  job: ScanJob | null;
  /** A call in flight ("Mengimpor foto.jpg…"), or null. */
  busy: string | null;
  error: string | null;
  clearError(): void;
  start(options: Omit<StartScanInput, 'sessionId'>): Promise<void>;
  cancel(): Promise<void>;
  importFiles(files: File[]): Promise<void>;
  takeHotFolder(names: string[]): Promise<boolean>;
  edit(pages: { id: string; rotation: Rotation }[]): Promise<void>;
  save(target: SaveTarget, fileName: string): Promise<SavedScan | null>;
  discard(): Promise<void>;
}

/**
 * One scan session seen from the dialog: starts scans and imports into the same session,
 * polls while the scanner works (and while QR codes are still being read), and keeps the
 * latest view of the pages. Every change goes through the backend, which owns the pages.
 */
export function useScanSession(): ScanSessionState {
  const [job, setJob] = useState<ScanJob | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const sessionId = useRef<string | null>(null);

  const accept = useCallback((next: ScanJob) => {
    sessionId.current = next.sessionId;
    setJob(next);
  }, []);

  const polling = job !== null && (job.state === 'memindai' || job.pages.some((p) => p.qr === null));
  useEffect(() => {
    if (!polling || !sessionId.current) return;
    const id = sessionId.current;
    const timer = setTimeout(() => {
      void call('scanner.job', { sessionId: id }).then((r) => {
        if (r.ok) accept(r.value);
        else setError(r.error.message);
      });
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [polling, job, accept]);

  const run = useCallback(async <T,>(label: string, work: () => Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>) => {
    setBusy(label);
    setError(null);
    try {
      const r = await work();
      if (!r.ok) {
        setError(r.error.message);
        return null;
      }
      return r.value;
    } finally {
      setBusy(null);
    }
  }, []);

  const session = () => (sessionId.current ? { sessionId: sessionId.current } : {});

  return {
    job,
    busy,
    error,
    clearError: () => setError(null),
    async start(options) {
      const next = await run('Memulai pemindaian…', () => call('scanner.start', { ...options, ...session() }));
      if (next) accept(next);
    },
    async cancel() {
      if (!sessionId.current) return;
      const id = sessionId.current;
      const next = await run('Membatalkan…', () => call('scanner.cancel', { sessionId: id }));
      if (next) accept(next);
    },
    async importFiles(files) {
      for (const [i, file] of files.entries()) {
        const label = files.length > 1 ? `Mengimpor ${file.name} (${i + 1} dari ${files.length})…` : `Mengimpor ${file.name}…`;
        let base64: string;
        try {
          base64 = await fileToBase64(file);
        } catch (e) {
          setError(e instanceof Error ? e.message : String(e));
          return;
        }
        const next = await run(label, () => call('scanner.importFiles', { ...session(), fileName: file.name, base64 }));
        if (!next) return;
        accept(next);
      }
    },
    async takeHotFolder(names) {
      const next = await run('Mengambil berkas dari folder pindai…', () => call('scanner.importHotFolder', { ...session(), names }));
      if (next) accept(next);
      return next !== null;
    },
    async edit(pages) {
      if (!sessionId.current) return;
      const id = sessionId.current;
      // Shown at once; the backend's answer replaces it.
      setJob((current) => (current ? { ...current, pages: pages.map((p) => ({ ...current.pages.find((c) => c.id === p.id)!, rotation: p.rotation })) } : current));
      const next = await run('Menyimpan susunan halaman…', () => call('scanner.editPages', { sessionId: id, pages }));
      if (next) accept(next);
    },
    async save(target, fileName) {
      if (!sessionId.current) return null;
      const id = sessionId.current;
      const saved = await run('Menyusun PDF dan menyimpan…', () => call('scanner.save', { sessionId: id, target, fileName }));
      if (saved) {
        sessionId.current = null;
        setJob(null);
      }
      return saved;
    },
    async discard() {
      const id = sessionId.current;
      sessionId.current = null;
      setJob(null);
      if (id) await call('scanner.discard', { sessionId: id });
    },
  };
}
