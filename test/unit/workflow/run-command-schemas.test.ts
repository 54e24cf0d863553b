import { describe, expect, it } from 'vitest';
import {
  completeStepInputSchema,
  disposeInputSchema,
  pauseInputSchema,
  returnToStepInputSchema,
} from '../../../shared/workflow/run-command-schemas';

const firstMessage = (result: { success: boolean; error?: { issues: Array<{ message: string }> } }) => result.error?.issues[0]?.message;

describe('command inputs at the boundary', () => {
  it('accepts a plain completion and trims the notes', () => {
    expect(completeStepInputSchema.parse({ stepNo: 3, notes: '  ok  ' })).toEqual({ stepNo: 3, notes: 'ok' });
  });

  it('says in Indonesian what is wrong', () => {
    expect(firstMessage(completeStepInputSchema.safeParse({ stepNo: 0 }))).toBe('Nomor langkah tidak valid.');
    expect(firstMessage(disposeInputSchema.safeParse({ stepNo: 3, recipients: [] }))).toBe('Pilih paling sedikit satu penerima disposisi.');
    expect(firstMessage(disposeInputSchema.safeParse({ stepNo: 3, recipients: [1], urgency: 'kilat' }))).toBe('Sifat disposisi tidak dikenal.');
    expect(firstMessage(returnToStepInputSchema.safeParse({ stepNo: 3, toStepNo: 1, reason: '  ' }))).toBe('Alasan pengembalian wajib diisi.');
    expect(firstMessage(pauseInputSchema.safeParse({}))).toBe('Alasan penghentian sementara wajib diisi.');
  });
});
