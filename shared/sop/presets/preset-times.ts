import type { StandardTime } from '../sop-definition';

/** Standard times as the seed tables write them, so a preset reads like its table. */
export const menit = (amount: number): StandardTime => ({ amount, unit: 'menit', workingTime: true });
export const jam = (amount: number): StandardTime => ({ amount, unit: 'jam', workingTime: true });
export const hariKerja = (amount: number): StandardTime => ({ amount, unit: 'hari-kerja', workingTime: true });
