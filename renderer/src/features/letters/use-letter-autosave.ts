import { useCallback, useEffect, useRef, useState } from 'react';
import type { LetterContent, LetterDetail } from '../../../../shared/letters/letter-records';
import { letterContentSchema } from '../../../../shared/letters/letter-schemas';
import { call } from '../../api/client';
import { useApp } from '../../app/app-context';
import { clearBackup, writeBackup } from './draft-backup';

/** How long typing must pause before the draft is saved. */
export const AUTOSAVE_DELAY_MS = 1000;
/** A save that failed for a passing reason (the connection) is tried again after this. */
const RETRY_MS = 5000;

export type SaveStatus =
  | { kind: 'saved'; at: string }
  | { kind: 'pending' }
  | { kind: 'saving' }
  /** The content is not acceptable yet (e.g. Hal empty): kept locally, not sent. */
  | { kind: 'invalid'; message: string }
  /** Refused or unreachable; `conflict`: someone else saved meanwhile (the message says who). */
  | { kind: 'error'; message: string; conflict: boolean };

interface Autosave {
  content: LetterContent;
  status: SaveStatus;
  /** A change by the user: kept locally at once, saved after the pause. An updater returning the same object changes nothing. */
  change(next: LetterContent | ((current: LetterContent) => LetterContent)): void;
  /** Saves now what is pending; resolves true when the server holds the content on screen. */
  flush(): Promise<boolean>;
  /** Replaces the content on screen (a reload or a restored backup) without saving it. */
  reset(next: LetterContent, savedAt: string): void;
}

/**
 * The letter's working content and its autosave through `letters.saveDraft`: debounced,
 * one request at a time, every change first written to the local backup. A failed save
 * keeps everything on screen and in the backup; a conflict is not retried (the user
 * decides), a lost connection is.
 */
export function useLetterAutosave(letter: LetterDetail, onSaved: (detail: LetterDetail) => void): Autosave {
  const { now } = useApp();
  const [content, setContent] = useState(letter.content);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved', at: letter.savedAt });
  const contentRef = useRef(letter.content);
  const savedAtRef = useRef(letter.savedAt);
  const dirtyRef = useRef(false);
  // After a conflict nothing is sent until the user reloads: the next save would overwrite the other person's.
  const conflictRef = useRef(false);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;
  const id = letter.id;

  const saveOnce = useCallback(async (): Promise<boolean> => {
    const sent = contentRef.current;
    const parsed = letterContentSchema.safeParse(sent);
    if (!parsed.success) {
      setStatus({ kind: 'invalid', message: parsed.error.issues[0]?.message ?? 'Isian belum lengkap.' });
      return false;
    }
    setStatus({ kind: 'saving' });
    const r = await call('letters.saveDraft', { id, content: sent, savedAt: savedAtRef.current });
    if (!r.ok) {
      const conflict = r.error.code === 'CONFLICT';
      conflictRef.current = conflict;
      setStatus({ kind: 'error', message: r.error.message, conflict });
      if (!conflict && r.error.code !== 'VALIDATION' && r.error.code !== 'FORBIDDEN') schedule(RETRY_MS);
      return false;
    }
    savedAtRef.current = r.value.savedAt;
    onSavedRef.current(r.value);
    if (contentRef.current === sent) {
      dirtyRef.current = false;
      clearBackup(id);
      setStatus({ kind: 'saved', at: r.value.savedAt });
      return true;
    }
    // Typed on while saving: the newer content goes next.
    schedule(AUTOSAVE_DELAY_MS);
    return false;
    // schedule is stable (declared below with the same refs).
  }, [id]);

  const flush = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (inFlight.current) await inFlight.current;
    if (!dirtyRef.current) return true;
    if (conflictRef.current) return false;
    const pending = saveOnce();
    inFlight.current = pending;
    try {
      return await pending;
    } finally {
      inFlight.current = null;
    }
  }, [saveOnce]);

  const flushRef = useRef(flush);
  flushRef.current = flush;

  function schedule(delay: number) {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flushRef.current(), delay);
  }

  const change = useCallback(
    (update: LetterContent | ((current: LetterContent) => LetterContent)) => {
      const next = typeof update === 'function' ? update(contentRef.current) : update;
      if (next === contentRef.current) return;
      contentRef.current = next;
      dirtyRef.current = true;
      setContent(next);
      writeBackup(id, { content: next, at: now().toISOString(), baseSavedAt: savedAtRef.current });
      if (conflictRef.current) return;
      setStatus({ kind: 'pending' });
      schedule(AUTOSAVE_DELAY_MS);
    },
    // schedule only touches refs.
    [id, now],
  );

  const reset = useCallback((next: LetterContent, savedAt: string) => {
    if (timer.current) clearTimeout(timer.current);
    contentRef.current = next;
    savedAtRef.current = savedAt;
    dirtyRef.current = false;
    conflictRef.current = false;
    setContent(next);
    setStatus({ kind: 'saved', at: savedAt });
  }, []);

  // Leaving the letter saves what is pending (the backup holds it if that fails).
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      if (dirtyRef.current) void flushRef.current();
    },
    [],
  );

  return { content, status, change, flush, reset };
}
