import { expect, type Locator, type Page } from '@playwright/test';

/** The administrator every spec signs in as unless it asks otherwise; the name the histories show. */
export const SPEC_ADMIN = { name: 'Rina Oktaviani', username: 'rina.oktaviani', password: 'rahasia-uji-2026' } as const;

/** The door of the app: the first-run screen, the sign-in screen and the lock. */
export class SignInPage {
  readonly firstRun: Locator;
  readonly signInForm: Locator;
  readonly lock: Locator;

  constructor(readonly page: Page) {
    this.firstRun = page.getByRole('main', { name: 'Buat akun administrator' });
    this.signInForm = page.getByRole('main', { name: 'Masuk' });
    this.lock = page.getByRole('dialog', { name: 'Layar terkunci' });
  }

  async createAdministrator(admin: { name: string; username: string; password: string } = SPEC_ADMIN): Promise<void> {
    await expect(this.firstRun).toBeVisible();
    await this.firstRun.getByLabel('Nama lengkap').fill(admin.name);
    await this.firstRun.getByLabel('Nama pengguna').fill(admin.username);
    await this.firstRun.getByRole('textbox', { name: 'Kata sandi', exact: true }).fill(admin.password);
    await this.firstRun.getByLabel('Ulangi kata sandi').fill(admin.password);
    await this.firstRun.getByRole('button', { name: 'Buat akun administrator' }).click();
    await expect(this.signInForm).toBeVisible();
  }

  /** Types the user name and password and presses Enter, as a clerk does. */
  async submit(username: string, password: string): Promise<void> {
    await expect(this.signInForm).toBeVisible();
    await this.signInForm.getByLabel('Nama pengguna').fill(username);
    await this.signInForm.getByLabel('Kata sandi').fill(password);
    await this.signInForm.getByLabel('Kata sandi').press('Enter');
  }

  async signIn(username: string, password: string): Promise<void> {
    await this.submit(username, password);
    await expect(this.page.getByRole('navigation', { name: 'Menu utama' })).toBeVisible();
  }

  async unlock(password: string): Promise<void> {
    await this.lock.getByLabel('Kata sandi').fill(password);
    await this.lock.getByLabel('Kata sandi').press('Enter');
    await expect(this.lock).toBeHidden();
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: 'Keluar' }).click();
    await expect(this.signInForm).toBeVisible();
  }
}

/**
 * Calls the app's own API from inside the page exactly as the renderer does — IPC under
 * Electron, the browser host's token over HTTP otherwise — with the session of whoever
 * is signed in on that page.
 */
export async function pageCall(page: Page, name: string, input: unknown): Promise<unknown> {
  return page.evaluate(
    async ({ name, input }) => {
      const envelope = { input, session: sessionStorage.getItem('meja.session') ?? undefined };
      const bridge = (window as unknown as { mejaAduan?: Record<string, (e: unknown) => Promise<unknown>> }).mejaAduan;
      if (bridge) return bridge[name]!(envelope);
      const response = await fetch(`/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Meja-Token': sessionStorage.getItem('meja.token') ?? '' },
        body: JSON.stringify(envelope),
      });
      return response.json();
    },
    { name, input },
  );
}
