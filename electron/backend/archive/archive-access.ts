import type { SessionUser } from '../../../shared/accounts/account';
import type { AccessClass } from '../../../shared/archive/archive-enums';
import { AppError } from '../core/app-error';

/** Who may see 'rahasia' entries at all: administrators and holders of the permission. */
export const SECRET_ARCHIVE_PERMISSION = 'lihat-arsip-rahasia';

export function maySeeSecret(user: SessionUser | null): boolean {
  return !!user && (user.isAdmin || user.permissions.includes(SECRET_ARCHIVE_PERMISSION));
}

/**
 * Refuses an entry the user may not see. Worded like "not found" on purpose: a clerk
 * without the permission must not learn that a secret entry with that id exists.
 */
export function assertVisible(user: SessionUser | null, accessClass: string): void {
  if ((accessClass as AccessClass) === 'rahasia' && !maySeeSecret(user)) throw new AppError('NOT_FOUND', 'Arsip tidak ditemukan.');
}
