/**
 * Permissions an administrator grants to an account, beyond what every signed-in clerk
 * may do. Administrators hold every permission.
 */
export const PERMISSIONS = ['lihat-identitas-rahasia', 'lihat-arsip-rahasia'] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const PERMISSION_LABELS: Record<Permission, string> = {
  'lihat-identitas-rahasia': 'Membuka identitas pelapor yang dirahasiakan',
  'lihat-arsip-rahasia': 'Melihat arsip berkelas akses rahasia',
};
