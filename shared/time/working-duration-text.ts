import { MS_PER_HOUR, MS_PER_MINUTE } from './working-time-arithmetic';

/**
 * A span of working time as a clerk says it: "2 jam 30 menit kerja", "45 menit kerja".
 * Rounded up to the minute, so a step late by 20 seconds is not "0 menit" late.
 */
export function formatWorkingDuration(ms: number): string {
  const minutes = Math.ceil(Math.max(0, ms) / MS_PER_MINUTE);
  const hours = Math.floor((minutes * MS_PER_MINUTE) / MS_PER_HOUR);
  const rest = minutes - hours * 60;
  const parts = [hours > 0 ? `${hours} jam` : '', rest > 0 || hours === 0 ? `${rest} menit` : ''].filter(Boolean);
  return `${parts.join(' ')} kerja`;
}
