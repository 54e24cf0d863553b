import fs from 'node:fs';
import { pdfToText } from '../../support/pdf-tools';
import { test as base } from '../fixtures/app-fixture';
import { LettersPage } from '../pages/letters-page';
import { RegisterPage, callApi } from '../pages/register-page';
import { SEATS_003 } from '../pages/seed-office-seats';
import { actAs, expect, officeFixtures, registerComplaint, setUpSopOffice, type OfficeFixture } from '../pages/workflow-office';

const test = base.extend<OfficeFixture>(officeFixtures);
// Five officials sign in in turn: longer than the default minute.
test.describe.configure({ timeout: 420_000 });

/**
 * Seed 003 (Dinas Koperasi dan UKM Sulawesi Tengah): the unit drafts the surat jawaban from
 * the case page, the Kepala Dinas returns it, the unit corrects it, the Kepala Dinas
 * initials, the Sekretaris signs as PPID, and the Petugas Pelayanan hands it over in
 * person with a tanda terima — after which the complaint says the reply was delivered.
 */
const SEATS = SEATS_003;
const SUBJECT = 'Bantuan modal koperasi belum cair';
const SEKRETARIS = { name: 'Ir. Ni Made Ayu Lestari, M.Si.', nip: '197505202000032004', rank: 'Pembina Tingkat I, IV/b' };

test('surat jawaban SOP 003: dari halaman pengaduan, dikembalikan, diparaf, ditandatangani, diserahkan langsung', async ({ office }, testInfo) => {
  const { page } = office;
  const staff = await setUpSopOffice(page, '003', SEATS);
  await callApi(page, 'organisation.saveHolder', { positionId: staff.positions.sekretaris![0]!, ...SEKRETARIS, kind: 'definitif', startDate: '2026-01-02' });
  const complaint = await registerComplaint(page, 'surat', { subject: SUBJECT });
  const complaintId = complaint.id;
  const pos = (key: keyof typeof SEATS) => staff.positions[key]![0]!;
  // Reception, the written-complaint branch and both dispositions are recorded by the administrator.
  await callApi(page, 'workflow.completeStep', { complaintId, stepNo: 2, asAdministrator: true });
  await callApi(page, 'workflow.completeStep', { complaintId, stepNo: 3, asAdministrator: true });
  await callApi(page, 'workflow.completeStep', { complaintId, stepNo: 4, optionKey: 'tertulis', asAdministrator: true });
  await callApi(page, 'workflow.dispose', { complaintId, stepNo: 6, recipients: [pos('kepala-dinas')], asAdministrator: true });
  await callApi(page, 'workflow.dispose', { complaintId, stepNo: 7, recipients: [pos('sekretariat-bidang-upt')], asAdministrator: true });

  // The unit drafts from the case page.
  const letters = new LettersPage(page);
  const register = new RegisterPage(page);
  await actAs(page, staff.accounts['sekretariat-bidang-upt']!);
  await register.open();
  const casePage = await register.openCase(complaint.registerNumber);
  await casePage.section(/^Surat$/).getByRole('button', { name: 'Buat konsep surat jawaban' }).click();
  await expect(letters.editor).toBeVisible();
  await expect(page.getByLabel('Yth.')).toHaveValue(/^Sdr\. /);
  // The draft leaves an empty paragraph between the opening and the closing for the answer itself.
  await letters.caretAtEndOf(1);
  await page.keyboard.type('Bantuan modal untuk koperasi Saudara sedang dalam proses verifikasi berkas.');
  await letters.expectSaved();
  await letters.submit();

  await actAs(page, staff.accounts['kepala-dinas']!);
  await letters.openMine(SUBJECT);
  await letters.returnWith('Lampirkan jadwal pencairan dana.');

  await actAs(page, staff.accounts['sekretariat-bidang-upt']!);
  await letters.openMine(SUBJECT);
  await expect(page.getByTestId('return-notes')).toContainText('Lampirkan jadwal pencairan dana.');
  await letters.caretAtEndOf(1);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Pencairan dijadwalkan pada minggu pertama Desember 2026.');
  await page.getByLabel('Lampiran').fill('1 (satu) berkas');
  await letters.expectSaved();
  await letters.submit('Jadwal pencairan ditambahkan.');

  await actAs(page, staff.accounts['kepala-dinas']!);
  await letters.openMine(SUBJECT);
  await letters.paraf();
  await actAs(page, staff.accounts.sekretaris!);
  await letters.openMine(SUBJECT);
  await letters.confirm(await letters.forward('Tanda tangani surat'), 'Tanda tangani', 'Surat ditandatangani dengan nomor');
  await expect(letters.number()).toHaveText(/^\d{3}\/.+\/2026$/);
  const number = (await letters.number().textContent())!.trim();

  // The Petugas Pelayanan hands it over: the tanda terima printed for the complainant to sign, then recorded.
  await actAs(page, staff.accounts['petugas-pelayanan']!);
  await letters.open();
  await letters.showBox('Selesai');
  await letters.openLetter(SUBJECT);
  const delivery = page.getByRole('region', { name: 'Penyampaian' });
  await expect(delivery.getByRole('radio', { name: 'Diserahkan langsung' })).toBeChecked();
  await delivery.getByLabel('Nama penerima').fill('Ahmad Fauzi');
  const [receipt] = await Promise.all([page.waitForEvent('download'), delivery.getByRole('button', { name: 'Unduh tanda terima' }).click()]);
  const receiptText = pdfToText(fs.readFileSync((await receipt.path())!)).replace(/\s+/g, ' ');
  expect(receiptText).toContain('TANDA TERIMA');
  expect(receiptText).toContain('Penyerahan Surat Jawaban');
  expect(receiptText).toContain(number);
  expect(receiptText).toContain('Ahmad Fauzi');
  await delivery.getByRole('button', { name: 'Catat sudah diserahkan' }).click();
  await expect(page.locator('.letter-page .notice--success')).toContainText('Penyampaian surat tercatat.');
  await expect(page.getByTestId('letter-state')).toHaveText('Terkirim');
  await expect(delivery.getByRole('table', { name: 'Penyampaian tercatat' })).toContainText('Ahmad Fauzi');
  await page.screenshot({ path: testInfo.outputPath('surat-penyampaian.png') });

  // E-mail needs the office's SMTP server first, and says where to set it.
  await delivery.getByRole('radio', { name: 'Surel (e-mail)' }).check();
  await expect(delivery.getByText('Server surel kantor belum diatur.')).toBeVisible();
  await expect(delivery.getByRole('button', { name: 'Atur di Pengaturan → Surat' })).toBeVisible();
  // The public answer: its HTML carries the letter without the complainant's name; the URL is recorded.
  await delivery.getByRole('radio', { name: 'Jawaban publik (situs / siaran pers)' }).check();
  const [html] = await Promise.all([page.waitForEvent('download'), delivery.getByRole('button', { name: 'Unduh HTML' }).click()]);
  const published = fs.readFileSync((await html.path())!, 'utf8');
  expect(published).toContain(number);
  expect(complaint.complainant.name).not.toBe('');
  expect(published).not.toContain(complaint.complainant.name);
  await delivery.getByLabel('Alamat publikasi (URL)').fill('https://dinaskukm.sultengprov.go.id/jawaban/001-2026');
  await delivery.getByRole('button', { name: 'Catat sudah dipublikasikan' }).click();
  await expect(delivery.getByRole('table', { name: 'Penyampaian tercatat' }).locator('tbody tr')).toHaveCount(2);

  // The complaint follows: answered, the SOP at its archive step, the letter delivered.
  await register.open();
  const after = await register.openCase(complaint.registerNumber);
  await expect(after.status()).toHaveText('Dijawab');
  await expect(after.section(/^Surat$/)).toContainText('Terkirim');
  await expect(after.section(/^Surat$/)).toContainText(number);
  await after.section(/^Surat$/).scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('kasus-surat.png') });
});
