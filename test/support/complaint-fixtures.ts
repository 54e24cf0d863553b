import type { ComplaintIntakeInput } from '../../shared/complaints/complaint-schemas';

/** A complete, valid intake for a walk-in complainant; override what a test is about. */
export function intakeInput(overrides: Partial<ComplaintIntakeInput> = {}): ComplaintIntakeInput {
  return {
    channel: 'langsung',
    form: 'tertulis',
    kind: 'pengaduan',
    subject: 'Dana hibah koperasi belum cair',
    description: 'Dana hibah untuk Koperasi Maju Bersama sudah disetujui bulan Maret tetapi belum dicairkan sampai sekarang.',
    requestedAction: 'Mohon kepastian jadwal pencairan',
    unitComplained: 'Bidang Koperasi',
    eventPlace: 'Palu',
    eventDate: '2026-11-02',
    privacy: 'biasa',
    complainant: { name: 'Siti Rahmawati', nik: '7271014506900001', phone: '081234567890', email: '', address: 'Jl. Sam Ratulangi No. 12, Palu' },
    ...overrides,
  };
}
