import type { Locator, Page } from '@playwright/test';
import { TrayPage } from './tray-page';
import { actAs, type SopOffice } from './workflow-office';

/**
 * One complaint walked through its SOP from the trays: `at('kepala-dinas', 7)` signs in
 * as the account of that actor (only when another one was signed in), opens "Kotak
 * Disposisi" and opens the complaint's row of that step with Enter.
 */
export class SopRun {
  readonly tray: TrayPage;
  private current: string | null = null;

  constructor(readonly page: Page, readonly staff: SopOffice, readonly registerNumber: string) {
    this.tray = new TrayPage(page);
  }

  /** Signs in as the actor's account (`second`: the account of its extra position). */
  async as(actor: string, options: { second?: boolean; meanwhile?: () => void } = {}): Promise<void> {
    const user = options.second ? this.staff.extraAccounts[actor] : this.staff.accounts[actor];
    if (!user) throw new Error(`Tidak ada akun untuk pelaksana ${actor}`);
    if (user !== this.current || options.meanwhile) {
      await actAs(this.page, user, options.meanwhile);
      this.current = user;
    }
    await this.tray.open();
  }

  async at(actor: string, stepNo: number, options: { second?: boolean; meanwhile?: () => void; box?: 'Masuk' | 'Dikembalikan' } = {}): Promise<Locator> {
    await this.as(actor, options);
    if (options.box && options.box !== 'Masuk') await this.tray.showBox(options.box);
    return this.tray.openRow(this.registerNumber, stepNo);
  }
}
