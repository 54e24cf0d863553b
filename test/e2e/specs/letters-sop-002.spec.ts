import { pdfToText } from '../../support/pdf-tools';
import { test as base } from '../fixtures/app-fixture';
import { LettersPage } from '../pages/letters-page';
import { callApi } from '../pages/register-page';
import { TrayPage } from '../pages/tray-page';
import { SEATS_002 } from '../pages/seed-office-seats';
import { actAs, expect, officeFixtures, registerComplaint, setUpSopOffice, type OfficeFixture } from '../pages/workflow-office';

const test = base.extend<OfficeFixture>(officeFixtures);
// Seven sign-ins, each official in turn, plus the PDFs: longer than the default minute.
test.describe.configure({ timeout: 420_000 });

/**
 * Seed 002 (Kanwil Kemenkumham Kep. Bangka Belitung): the nota dinas of steps 6–9 written
 * in the editor by the Kasubag PPHTI, initialled by the Kabag P2, returned by the Kadiv
 * with notes, corrected and sent up again, initialled twice, signed by the Kakanwil —
 * numbered, downloaded and read back, its correction shown side by side, its code
 * confirmed on the verification screen.
 */
const SEATS = SEATS_002;
const KAKANWIL = { name: 'Dr. Hendra Wijaya, S.H., M.H.', nip: '197003151995031002', rank: 'Pembina Utama Muda, IV/c' };
const SUBJECT = 'Dugaan pungutan liar kunjungan lapas';
const RETURN_NOTES = 'Tambahkan dasar hukum, dan tembusan kepada Kepala Lapas.';

test('nota dinas SOP 002: disusun di penyunting, diparaf, dikembalikan, diperbaiki, ditandatangani, diverifikasi', async ({ office }, testInfo) => {
  const { page } = office;
  const staff = await setUpSopOffice(page, '002', SEATS);
  await callApi(page, 'organisation.saveHolder', { positionId: staff.positions.kakanwil![0]!, ...KAKANWIL, kind: 'definitif', startDate: '2026-01-02' });
  const complaint = await registerComplaint(page, 'surat', { subject: SUBJECT });
  const complaintId = complaint.id;
  // Steps 2–5 (dispositions down the chain, the telaah) are not this spec's subject: the administrator records them.
  const pos = (key: keyof typeof SEATS) => staff.positions[key]![0]!;
  await callApi(page, 'workflow.dispose', { complaintId, stepNo: 2, recipients: [pos('kadivmin')], asAdministrator: true });
  await callApi(page, 'workflow.dispose', { complaintId, stepNo: 3, recipients: [pos('kabag-p2')], asAdministrator: true });
  await callApi(page, 'workflow.dispose', { complaintId, stepNo: 4, recipients: [pos('kasubag-pphti')], asAdministrator: true });
  await callApi(page, 'workflow.completeStep', { complaintId, stepNo: 5, asAdministrator: true });

  // Kasubag PPHTI: from the tray's step 6, "Buat konsep nota dinas" opens the draft on the Surat screen.
  const letters = new LettersPage(page);
  const tray = new TrayPage(page);
  await actAs(page, staff.accounts['kasubag-pphti']!);
  await tray.open();
  await tray.openRow(complaint.registerNumber, 6);
  await page.screenshot({ path: testInfo.outputPath('panel-tugas-surat.png') });
  await tray.panel.getByRole('button', { name: 'Buat konsep nota dinas' }).click();
  await expect(letters.editor).toBeVisible();
  await expect(page.getByLabel('Yth.')).not.toHaveValue('');
  await expect(letters.stop(1)).toContainText('Kepala Subbagian PPHTI');
  await expect(letters.stop(4)).toContainText('Penanda tangan');

  // The body: a bold word, a numbered list and a 2×2 table, typed with the editor's keys after the opening paragraph.
  await letters.caretAtEndOf(0);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Mohon ');
  await page.keyboard.press('Control+B');
  await page.keyboard.type('segera');
  await page.keyboard.press('Control+B');
  await page.keyboard.type(' dilakukan:');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Shift+7');
  await page.keyboard.type('klarifikasi kepada Kepala Lapas;');
  await page.keyboard.press('Enter');
  await page.keyboard.type('laporan tertulis dalam 3 hari kerja.');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Alt+Shift+T');
  await page.keyboard.type('Petugas');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Jadwal klarifikasi');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Kalapas');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Senin, 30 November 2026');
  await expect(letters.editor.locator('strong')).toHaveText('segera');
  await expect(letters.editor.locator('ol > li')).toHaveCount(2);
  await expect(letters.editor.locator('table td')).toHaveCount(4);
  await letters.expectSaved();
  // The preview is the backend's PDF of what is on screen, drawn by pdf.js.
  await expect(page.getByTestId('preview-pages')).toHaveText(/^\d+ halaman$/);
  // Every keystroke pause composed a new preview; each replaced the last instead of piling up.
  const pages = Number((await page.getByTestId('preview-pages').textContent())!.split(' ')[0]);
  await expect(page.getByTestId('preview-pages-host').locator('canvas')).toHaveCount(pages);
  await page.screenshot({ path: testInfo.outputPath('surat-penyunting-pratinjau.png') });
  await letters.submit();
  await expect(letters.stop(2)).toContainText('Menunggu paraf');

  // Kabag P2 finds it in "Perlu tindakan saya" and initials it.
  await actAs(page, staff.accounts['kabag-p2']!);
  await letters.open();
  await expect(letters.count('tindakan')).toHaveText('1');
  await expect(letters.row(SUBJECT)).toContainText('menunggu tindakan Anda');
  await page.screenshot({ path: testInfo.outputPath('surat-daftar.png') });
  const search = page.getByRole('searchbox', { name: 'Cari surat' });
  await search.fill('zzz tidak ada');
  await expect(page.getByText('Tidak ada surat yang cocok dengan pencarian ini.')).toBeVisible();
  await search.fill('pungutan liar');
  await expect(letters.row(SUBJECT)).toBeVisible();
  await letters.openLetter(SUBJECT);
  await letters.paraf('Setuju.');
  await expect(letters.stop(2)).toContainText('Diparaf');

  // The Kadiv returns it with notes; the drafter reads them above the draft.
  await actAs(page, staff.accounts.kadivmin!);
  await letters.openMine(SUBJECT);
  await page.screenshot({ path: testInfo.outputPath('surat-alur-paraf.png') });
  await letters.returnWith(RETURN_NOTES);
  await expect(page.getByTestId('letter-state')).toHaveText('Dikembalikan');

  await actAs(page, staff.accounts['kasubag-pphti']!);
  await letters.openMine(SUBJECT);
  await expect(page.getByTestId('return-notes')).toContainText(RETURN_NOTES);
  await letters.editor.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Berdasarkan Peraturan Menteri Hukum dan HAM Nomor 5 Tahun 2026, ');
  const copies = page.getByLabel('Tembusan');
  await copies.click();
  await page.keyboard.press('Control+End');
  await copies.press('Enter');
  await copies.pressSequentially('Kepala Lapas Kelas IIA Pangkalpinang');
  await letters.expectSaved();
  await letters.submit('Dasar hukum dan tembusan ditambahkan.');

  // A new round: Kabag and Kadiv initial again; the Kakanwil signs.
  await actAs(page, staff.accounts['kabag-p2']!);
  await letters.openMine(SUBJECT);
  await letters.paraf();
  await actAs(page, staff.accounts.kadivmin!);
  await letters.openMine(SUBJECT);
  await letters.paraf();
  await actAs(page, staff.accounts.kakanwil!);
  await letters.openMine(SUBJECT);
  const sign = await letters.forward('Tanda tangani surat');
  await expect(sign).toContainText('Nomor surat akan diberikan saat ditandatangani');
  await letters.confirm(sign, 'Tanda tangani', 'Surat ditandatangani dengan nomor');
  await expect(letters.number()).toHaveText(/^ND\.\d{3}\/.+\/2026$/);
  const number = (await letters.number().textContent())!.trim();
  await expect(page.getByTestId('letter-date')).toHaveText('Senin, 23 November 2026');
  const code = (await page.getByTestId('verification-code').textContent())!.trim();
  expect(code).toMatch(/^[0-9A-Z]{6,}$/);

  // The signed PDF as downloaded: its number, the signer's name and NIP, the correction, the code.
  const { download, bytes } = await letters.downloadPdf();
  expect(download.suggestedFilename()).toMatch(/^Nota-Dinas-.*\.pdf$/);
  const text = pdfToText(bytes).replace(/\s+/g, ' ');
  expect(text).toContain(number);
  expect(text).toContain(KAKANWIL.name);
  expect(text).toContain(KAKANWIL.nip);
  expect(text).toContain('Berdasarkan Peraturan Menteri Hukum dan HAM Nomor 5 Tahun 2026');
  expect(text).toContain('Kepala Lapas Kelas IIA Pangkalpinang');
  expect(text).not.toContain('KONSEP');

  // Versions 1 (first submission) and 2 (after the return), side by side.
  const compare = await letters.compare(1, 2);
  await expect(compare.locator('ins.diff-ins').filter({ hasText: 'Berdasarkan' })).toBeVisible();
  await expect(compare.getByRole('table', { name: 'Kepala surat' }).getByRole('row', { name: /Tembusan/ }).locator('ins')).toContainText('Kepala Lapas Kelas IIA Pangkalpinang');
  await page.screenshot({ path: testInfo.outputPath('surat-bandingkan-versi.png') });
  await compare.getByRole('button', { name: 'Tutup' }).click();
  await page.getByRole('heading', { name: 'Penandatanganan dan tata letak' }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: testInfo.outputPath('surat-versi-riwayat.png') });

  // The verification screen confirms the code, and refuses one that was never issued.
  const card = await letters.verify(code);
  await expect(card).toContainText('Terdaftar');
  await expect(card).toContainText(number);
  await expect(card).toContainText(KAKANWIL.name);
  await page.screenshot({ path: testInfo.outputPath('verifikasi-surat.png') });
  // A QR scanner types the code's payload; it is read the same way.
  await expect(await letters.verify(`meja-aduan:surat:${code}`)).toContainText(number);
  const unknown = await letters.verify('ZZZZ9999ZZ');
  await expect(unknown).toContainText('Tidak terdaftar');
});
