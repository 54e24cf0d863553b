import { expect, test } from '../fixtures/app-fixture';
import { GuestBookPage } from '../pages/guest-book-page';
import { OrganisationPage } from '../pages/organisation-page';
import { SignInPage, SPEC_ADMIN } from '../pages/sign-in-page';

test.describe('first run and sign-in', () => {
  test.use({ signIn: 'none' });

  test('asks for the administrator, refuses a wrong password, signs in and out', async ({ app }, testInfo) => {
    const door = new SignInPage(app);
    await expect(door.firstRun).toBeVisible();
    await expect(door.firstRun).toContainText('Tidak ada kata sandi bawaan');
    await app.screenshot({ path: testInfo.outputPath('buat-akun-administrator.png') });

    // A short password is refused with the rule, and nothing is created.
    await door.firstRun.getByLabel('Nama lengkap').fill(SPEC_ADMIN.name);
    await door.firstRun.getByLabel('Nama pengguna').fill(SPEC_ADMIN.username);
    await door.firstRun.getByRole('textbox', { name: 'Kata sandi', exact: true }).fill('pendek');
    await door.firstRun.getByLabel('Ulangi kata sandi').fill('pendek');
    await door.firstRun.getByRole('button', { name: 'Buat akun administrator' }).click();
    await expect(door.firstRun.getByText('Kata sandi sekurang-kurangnya 8 karakter.')).toBeVisible();

    await app.reload();
    await door.createAdministrator();
    await expect(door.signInForm).toContainText('NAMA KANTOR BELUM DIISI');
    await expect(door.signInForm).not.toContainText('kantor demo');

    await door.submit(SPEC_ADMIN.username, 'bukan-kata-sandinya');
    await expect(door.signInForm.getByRole('alert')).toHaveText('Nama pengguna atau kata sandi salah.');
    await expect(door.signInForm.getByLabel('Kata sandi')).toBeFocused();
    await expect(door.signInForm.getByLabel('Kata sandi')).toHaveValue('');
    await app.screenshot({ path: testInfo.outputPath('masuk.png') });

    await door.signIn(SPEC_ADMIN.username, SPEC_ADMIN.password);
    const badge = app.getByLabel('Pengguna yang masuk');
    await expect(badge).toContainText('Rina Oktaviani');
    await expect(badge).toContainText('Administrator');

    // A reload keeps the session of this window.
    await app.reload();
    await expect(badge).toContainText('Rina Oktaviani');

    await door.signOut();
    await expect(app.getByLabel('Pengguna yang masuk')).toHaveCount(0);
  });
});

test('an idle desk locks over the half-typed guest form, and unlocking keeps every character', async ({ app }, testInfo) => {
  const book = new GuestBookPage(app);
  await book.ready();
  await app.clock.install();
  await book.typeVisitor({ name: 'Siti Rahmawati', phone: '0812 3456 7890', address: 'Jl. Sam Ratulangi No. 12, Palu' });

  // Ten minutes without keyboard or mouse (the default idle time).
  await app.clock.fastForward('10:30');
  const door = new SignInPage(app);
  await expect(door.lock).toBeVisible({ timeout: 15_000 });
  await expect(door.lock).toContainText('Rina Oktaviani');
  await app.screenshot({ path: testInfo.outputPath('layar-terkunci.png') });

  // Behind the lock nothing moves: Alt+3 does not switch screens, typing does not reach the form.
  await app.keyboard.press('Alt+3');
  await door.lock.getByLabel('Kata sandi').fill('salah-sekali-ya');
  await door.lock.getByLabel('Kata sandi').press('Enter');
  await expect(door.lock.getByRole('alert')).toHaveText('Nama pengguna atau kata sandi salah.');

  await door.unlock(SPEC_ADMIN.password);
  await expect(book.field('Nama')).toHaveValue('Siti Rahmawati');
  await expect(book.field('Alamat')).toHaveValue('Jl. Sam Ratulangi No. 12, Palu');
  await book.field('Alamat').press('Enter');
  await expect(book.list).toContainText('Siti Rahmawati');
});

test('"Ganti pengguna" on the lock signs out', async ({ app }) => {
  await app.getByRole('button', { name: 'Kunci' }).click();
  const door = new SignInPage(app);
  await expect(door.lock).toBeVisible();
  await door.lock.getByRole('button', { name: 'Ganti pengguna' }).click();
  await expect(door.signInForm).toBeVisible();
});

test('organisation: units, positions, a Plt. with its end date, and an account that signs in as its position', async ({ app }, testInfo) => {
  const org = new OrganisationPage(app);
  await org.open();
  await org.addUnit('Dinas Koperasi dan UKM', 'diskop');
  await org.addPosition('Kepala Dinas', 'Kadis');
  await org.addUnit('Bidang Usaha Kecil Menengah', 'bid-ukm');
  await org.addPosition('Kepala Bidang Usaha Kecil Menengah', 'Kabid UKM', 'Kepala Dinas');
  const kabid = org.position('Kepala Bidang Usaha Kecil Menengah');
  await expect(kabid).toContainText('Atasan: Kepala Dinas');
  await expect(kabid).toContainText('Lowong');

  // A mistyped NIP is refused with its reason.
  const refused = await org.fillHolder('Kepala Bidang Usaha Kecil Menengah', { kind: 'Plt.', name: 'Muh. Rizal Lamarauna', nip: '1969051219940310', start: '2026-11-02', end: '2026-11-27' });
  await expect(refused.getByText('NIP harus 18 angka (sekarang 16).')).toBeVisible();
  await refused.getByLabel('NIP').fill('19690512 199403 1 006');
  await refused.getByLabel('Pangkat/golongan').fill('Pembina Tingkat I, IV/b');
  await refused.getByRole('button', { name: 'Simpan' }).click();
  await expect(refused).toBeHidden();
  await expect(kabid.getByLabel('Pejabat Kepala Bidang Usaha Kecil Menengah saat ini')).toContainText('Plt. Muh. Rizal Lamarauna s.d. Jumat, 27 November 2026');
  await expect(kabid).toContainText('NIP 19690512 199403 1 006');

  await org.openAccounts();
  await org.addAccount({ name: 'Muh. Rizal Lamarauna', username: 'rizal', password: 'sandi-rizal-2026', positions: ['Kepala Bidang Usaha Kecil Menengah'] });
  await expect(app.getByRole('region', { name: 'Akun pengguna' })).toContainText('Kabid UKM');
  await app.getByRole('tab', { name: 'Struktur organisasi' }).click();
  await org.tree.getByRole('button', { name: /Bidang Usaha Kecil Menengah/ }).click();
  await app.screenshot({ path: testInfo.outputPath('organisasi.png') });

  const door = new SignInPage(app);
  await door.signOut();
  await door.signIn('rizal', 'sandi-rizal-2026');
  const badge = app.getByLabel('Pengguna yang masuk');
  await expect(badge).toContainText('Muh. Rizal Lamarauna');
  await expect(badge).toContainText('Kabid UKM');
  // Not an administrator: the chart is read-only and accounts are not offered.
  await org.open();
  await expect(app.getByRole('tab', { name: /Akun pengguna/ })).toHaveCount(0);
  await expect(app.getByRole('button', { name: 'Unit baru' })).toHaveCount(0);
});

test.describe('the demo office', () => {
  test.use({ launchArgs: ['--demo'], signIn: 'none' });

  test('says plainly that its shared password is a demo one, and has the org chart of seed 003 with a Plh.', async ({ app }, testInfo) => {
    const door = new SignInPage(app);
    const demo = app.getByRole('region', { name: 'Akun kantor demo' });
    await expect(demo).toContainText('Ini kantor demo, bukan kantor sungguhan.');
    await expect(demo).toContainText('demo2026');
    await expect(door.signInForm).toContainText('DINAS KOPERASI DAN USAHA KECIL MENENGAH');
    await app.screenshot({ path: testInfo.outputPath('masuk-demo.png') });

    await demo.getByRole('button', { name: 'arsiparis' }).click();
    await expect(door.signInForm.getByLabel('Kata sandi')).toBeFocused();
    await app.keyboard.type('demo2026');
    await app.keyboard.press('Enter');
    const badge = app.getByLabel('Pengguna yang masuk');
    await expect(badge).toContainText('Rahmat Hidayat');
    await expect(badge).toContainText('Kasubag Umum, Arsiparis');

    const org = new OrganisationPage(app);
    await org.open();
    await org.tree.getByRole('button', { name: /Subbagian Umum/ }).click();
    await expect(org.position('Kepala Subbagian Umum dan Kepegawaian')).toContainText('Plh. Rahmat Hidayat s.d.');
  });
});
