import { test as base } from '../fixtures/app-fixture';
import { LettersPage } from '../pages/letters-page';
import { callApi } from '../pages/register-page';
import { SPEC_ADMIN, SignInPage } from '../pages/sign-in-page';
import { SEATS_003 } from '../pages/seed-office-seats';
import { actAs, expect, officeFixtures, registerComplaint, setUpSopOffice, type OfficeFixture } from '../pages/workflow-office';

const test = base.extend<OfficeFixture>(officeFixtures);
test.describe.configure({ timeout: 180_000 });

const SEATS = SEATS_003;

/**
 * Nothing typed is lost: a draft the server refuses (Hal emptied) stays on screen with the
 * reason, survives a reload of the window in this PC's storage, is offered back when the
 * letter is opened again, and saves once it is acceptable. When someone else saved the
 * draft meanwhile, the save is refused with their name and the user's text is offered
 * back after loading theirs.
 */
test('konsep yang belum tersimpan ditawarkan kembali setelah jendela dimuat ulang', async ({ office }, testInfo) => {
  const { page } = office;
  const staff = await setUpSopOffice(page, '003', SEATS);
  const complaint = await registerComplaint(page, 'surat', { subject: 'Izin usaha koperasi tertunda' });
  const complaintId = complaint.id;
  await callApi(page, 'workflow.completeStep', { complaintId, stepNo: 2, asAdministrator: true });
  await callApi(page, 'workflow.completeStep', { complaintId, stepNo: 3, asAdministrator: true });
  await callApi(page, 'workflow.completeStep', { complaintId, stepNo: 4, optionKey: 'tertulis', asAdministrator: true });
  await callApi(page, 'workflow.dispose', { complaintId, stepNo: 6, recipients: [staff.positions['kepala-dinas']![0]!], asAdministrator: true });
  await callApi(page, 'workflow.dispose', { complaintId, stepNo: 7, recipients: [staff.positions['sekretariat-bidang-upt']![0]!], asAdministrator: true });
  await actAs(page, staff.accounts['sekretariat-bidang-upt']!);
  const created = await callApi(page, 'letters.create', { complaintId, kind: 'surat-jawaban' });

  const letters = new LettersPage(page);
  const subject = page.getByRole('textbox', { name: 'Hal', exact: true });
  await letters.open();
  await letters.showBox('Konsep');
  await letters.openLetter('Izin usaha koperasi tertunda');
  await letters.caretAtEndOf(1);
  await page.keyboard.type('Izin usaha koperasi Saudara akan terbit paling lambat 4 Desember 2026.');
  await subject.fill('');
  // Refused before it is sent: the reason beside the title, the text still on screen.
  await expect(letters.saveStatus).toContainText('Belum tersimpan: Hal wajib diisi.');
  await page.screenshot({ path: testInfo.outputPath('surat-belum-tersimpan.png') });

  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Menu utama' })).toBeVisible();
  await letters.open();
  await letters.showBox('Konsep');
  await letters.openLetter('Izin usaha koperasi tertunda');
  // The server still has the first draft; the PC has what was typed.
  await expect(letters.editor).not.toContainText('4 Desember 2026');
  const offer = page.getByTestId('backup-offer');
  await expect(offer).toContainText('Ada isian yang belum tersimpan di perangkat ini');
  await offer.getByRole('button', { name: 'Pulihkan isian itu' }).click();
  await expect(letters.editor).toContainText('Izin usaha koperasi Saudara akan terbit paling lambat 4 Desember 2026.');
  await expect(subject).toHaveValue('');
  await subject.fill('Jawaban atas pengaduan izin usaha koperasi');
  await letters.expectSaved();

  // Saved: the next opening offers nothing and shows the text from the server.
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Menu utama' })).toBeVisible();
  await letters.open();
  await letters.showBox('Konsep');
  await letters.openLetter('Jawaban atas pengaduan izin usaha koperasi');
  await expect(letters.editor).toContainText('4 Desember 2026');
  await expect(page.getByTestId('backup-offer')).toHaveCount(0);

  // The administrator (who may edit any draft) saves it from another window meanwhile.
  const origin = new URL(page.url()).origin;
  const token = await page.evaluate(() => sessionStorage.getItem('meja.token'));
  const other = await page.context().newPage();
  await other.goto(`${origin}/#token=${token}`);
  await new SignInPage(other).signIn(SPEC_ADMIN.username, SPEC_ADMIN.password);
  const theirs = await callApi(other, 'letters.get', { id: created.id });
  await callApi(other, 'letters.saveDraft', {
    id: created.id,
    content: { ...theirs.content, header: { ...theirs.content.header, subject: 'Jawaban atas pengaduan izin usaha (dikoreksi)' } },
    savedAt: theirs.savedAt,
  });
  await other.close();

  await letters.caretAtEndOf(1);
  await page.keyboard.type(' Mohon maklum atas keterlambatannya.');
  await expect(letters.saveStatus).toContainText('Tidak disimpan: ada perubahan dari orang lain');
  const conflict = page.locator('.letter-banner').filter({ hasText: 'baru saja disimpan oleh' });
  await expect(conflict).toContainText(SPEC_ADMIN.name);
  await conflict.getByRole('button', { name: 'Muat versi terbaru' }).click();
  await expect(subject).toHaveValue('Jawaban atas pengaduan izin usaha (dikoreksi)');
  await expect(letters.editor).not.toContainText('Mohon maklum');
  await page.getByTestId('backup-offer').getByRole('button', { name: 'Pulihkan isian itu' }).click();
  await expect(letters.editor).toContainText('Mohon maklum atas keterlambatannya.');
  await letters.expectSaved();
});
