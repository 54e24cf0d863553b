import { describe, expect, it } from 'vitest';
import { formatDueAt, lateText, urgencyDeadline } from '../../../renderer/src/features/workflow/workflow-format';

describe('the tray\'s words for due times and lateness', () => {
  it('writes a due time with the weekday and the office zone', () => {
    expect(formatDueAt('2026-11-24T02:30:00Z', 'WITA')).toBe('Selasa, 24 November 2026 10.30 WITA');
    expect(formatDueAt('2026-11-24T02:30:00Z', 'WIB')).toBe('Selasa, 24 November 2026 09.30 WIB');
  });

  it('says lateness in working time when the backend measured it', () => {
    expect(lateText(true, 120, '2026-11-20T08:00:00Z', new Date('2026-11-23T01:00:00Z'))).toBe('terlambat 2 jam kerja');
    expect(lateText(true, 45, null, new Date())).toBe('terlambat 45 menit kerja');
  });

  it('falls back to the wall-clock delay, and says nothing when on time', () => {
    expect(lateText(true, undefined, '2026-11-23T01:00:00Z', new Date('2026-11-24T04:30:00Z'))).toBe('terlambat 1 hari 3 jam 30 menit');
    expect(lateText(true, 0, null, new Date())).toBe('terlambat');
    expect(lateText(false, 90, '2026-11-23T01:00:00Z', new Date('2026-11-24T04:30:00Z'))).toBeNull();
  });

  it('turns sifat into a deadline: sangat segera 24 jam, segera 48 jam, biasa and rahasia none', () => {
    const now = new Date('2026-11-23T01:00:00Z');
    expect(urgencyDeadline('sangat-segera', now)?.toISOString()).toBe('2026-11-24T01:00:00.000Z');
    expect(urgencyDeadline('segera', now)?.toISOString()).toBe('2026-11-25T01:00:00.000Z');
    expect(urgencyDeadline('biasa', now)).toBeNull();
    expect(urgencyDeadline('rahasia', now)).toBeNull();
  });
});
