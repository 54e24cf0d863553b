import { describe, expect, it } from 'vitest';
import { holderOn } from '../../../shared/organisation/acting-holder';
import { formatNip, nipProblem, normaliseNip } from '../../../shared/organisation/nip';
import type { PositionHolder } from '../../../shared/organisation/organisation';

describe('NIP', () => {
  it('accepts a plausible NIP as printed under a signature', () => {
    expect(normaliseNip('19780707 199712 1 001')).toBe('197807071997121001');
    expect(nipProblem('197807071997121001')).toBeNull();
    expect(formatNip('197807071997121001')).toBe('19780707 199712 1 001');
  });

  it('names what is wrong', () => {
    expect(nipProblem('19780707199712100A')).toBe('NIP hanya boleh berisi angka.');
    expect(nipProblem('1978070719971210011')).toBe('NIP harus 18 angka (sekarang 19).');
    expect(nipProblem('197802301997121001')).toBe('Tanggal lahir di dalam NIP (angka ke-1 sampai ke-8) tidak valid.');
    expect(nipProblem('197807071997131001')).toBe('Tahun dan bulan pengangkatan di dalam NIP (angka ke-9 sampai ke-14) tidak valid.');
    expect(nipProblem('197807071985121001')).toBe('Tahun dan bulan pengangkatan di dalam NIP (angka ke-9 sampai ke-14) tidak valid.');
  });
});

describe('holder on a day', () => {
  const h = (id: number, kind: PositionHolder['kind'], startDate: string, endDate: string | null): PositionHolder => ({
    id, positionId: 1, name: `P${id}`, nip: '', rank: '', kind, startDate, endDate,
  });

  it('is nobody when no period covers the day, and the latest definitive holder otherwise', () => {
    const list = [h(1, 'definitif', '2020-01-01', '2025-12-31'), h(2, 'definitif', '2026-01-01', null)];
    expect(holderOn(list, '2019-12-31')).toBeNull();
    expect(holderOn(list, '2025-12-31')?.id).toBe(1);
    expect(holderOn(list, '2026-01-01')?.id).toBe(2);
  });

  it('puts a Plh. before a Plt. before the definitive holder, on both end days', () => {
    const list = [h(1, 'definitif', '2020-01-01', null), h(2, 'plt', '2026-11-01', '2026-11-30'), h(3, 'plh', '2026-11-10', '2026-11-12')];
    expect(holderOn(list, '2026-11-01')?.id).toBe(2);
    expect(holderOn(list, '2026-11-10')?.id).toBe(3);
    expect(holderOn(list, '2026-11-12')?.id).toBe(3);
    expect(holderOn(list, '2026-11-13')?.id).toBe(2);
    expect(holderOn(list, '2026-12-01')?.id).toBe(1);
  });
});
