import path from 'node:path';
import { expect, type Browser, type Fixtures, type Page } from '@playwright/test';
import { createBackend } from '../../../electron/backend/create-backend';
import { startBrowserHost } from '../../../electron/host/browser-host';
import type { ComplaintDetail } from '../../../shared/complaints/complaint';
import type { Channel } from '../../../shared/complaints/complaint-enums';
import type { ComplaintIntakeInput } from '../../../shared/complaints/complaint-schemas';
import { SPEC_START, type Runtime } from '../fixtures/app-fixture';
import { callApi, sampleComplaint } from './register-page';
import { SPEC_ADMIN, SignInPage } from './sign-in-page';

/** The password of every staff account the SOP specs create. */
export const STAFF_PASSWORD = 'sandi-staf-2026';

/** One actor column of an SOP as the spec's office fills it: a position and the account acting in it. */
export interface ActorSeat {
  title: string;
  shortTitle: string;
  /** The actor this one reports to (the "level above"). */
  superior?: string;
  /** A second position for the same actor (a disposition to several units at once). */
  extra?: { title: string; shortTitle: string };
}

export interface SopOffice {
  /** actor key → the position ids mapped to it. */
  positions: Record<string, number[]>;
  /** actor key → the user name of the account holding its (first) position. */
  accounts: Record<string, string>;
  /** The extra positions' account names, by actor key. */
  extraAccounts: Record<string, string>;
}

/**
 * The app of the fixture with a clock the spec can move (over a weekend, over a holiday):
 * the same real backend, browser host and renderer; only the clock is the spec's. Signed
 * in as the administrator like every other spec.
 */
export interface OfficeFixture {
  office: { page: Page; setNow(instant: string): void };
}

/** Use as `const test = base.extend<OfficeFixture>(officeFixtures)` with the app fixture's `test` as base. */
export const officeFixtures: Fixtures<OfficeFixture, object, { dataDir: string; runtime: Runtime }, { browser: Browser }> = {
  office: async ({ browser, dataDir, runtime }, use, testInfo) => {
    testInfo.skip(runtime !== 'browser', 'These specs move the backend clock, which only the in-process browser host allows.');
    let offset = Date.parse(SPEC_START) - Date.now();
    const backend = await createBackend({ dataDir, clock: { now: () => new Date(Date.now() + offset) }, runtime: 'browser', version: 'e2e', scryptCost: 10 });
    const host = await startBrowserHost({ dispatch: backend.dispatch, rendererDir: path.resolve(import.meta.dirname, '..', '..', '..', 'dist', 'renderer') });
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(host.url);
    const door = new SignInPage(page);
    await door.createAdministrator(SPEC_ADMIN);
    await door.signIn(SPEC_ADMIN.username, SPEC_ADMIN.password);
    await use({ page, setNow: (instant) => (offset = Date.parse(instant) - Date.now()) });
    await context.close();
    await host.close();
    await backend.close();
  },
};

export { expect };

const username = (key: string) => key.replace(/[^a-z0-9]+/g, '.').slice(0, 30);

/**
 * Sets up an office for one preset SOP through the API, as an administrator would on the
 * Organisasi and SOP screens: a unit, one position per actor column with an account in
 * it, the preset installed as the office's SOP, and every actor mapped to its position.
 */
export async function setUpSopOffice(page: Page, presetId: string, seats: Record<string, ActorSeat>): Promise<SopOffice> {
  const unit = await callApi(page, 'organisation.saveUnit', { name: `Kantor uji SOP ${presetId}`, code: `SOP${presetId}` });
  const positions: Record<string, number[]> = {};
  const accounts: Record<string, string> = {};
  const extraAccounts: Record<string, string> = {};
  // Superiors first, so each position can name the one above it.
  const keys = Object.keys(seats).sort((a, b) => Number(Boolean(seats[a]!.superior)) - Number(Boolean(seats[b]!.superior)));
  for (const key of keys) {
    const seat = seats[key]!;
    const superiorId = seat.superior ? positions[seat.superior]?.[0] ?? null : null;
    const position = await callApi(page, 'organisation.savePosition', { unitId: unit.id, title: seat.title, shortTitle: seat.shortTitle, superiorId });
    positions[key] = [position.id];
    accounts[key] = username(key);
    await callApi(page, 'accounts.save', { username: accounts[key], name: `${seat.title} Uji`, positionIds: [position.id], password: STAFF_PASSWORD });
    if (seat.extra) {
      const extra = await callApi(page, 'organisation.savePosition', { unitId: unit.id, title: seat.extra.title, shortTitle: seat.extra.shortTitle, superiorId });
      positions[key].push(extra.id);
      extraAccounts[key] = `${username(key)}.2`;
      await callApi(page, 'accounts.save', { username: extraAccounts[key], name: `${seat.extra.title} Uji`, positionIds: [extra.id], password: STAFF_PASSWORD });
    }
  }
  const installed = await callApi(page, 'sop.installPreset', { presetId });
  await callApi(page, 'workflow.saveActorMapping', {
    code: installed.code,
    actors: Object.entries(positions).map(([key, positionIds]) => ({ key, positionIds })),
  });
  const mapping = await callApi(page, 'workflow.actorMapping', { code: installed.code });
  expect(mapping.missing, 'every actor of the SOP is mapped').toEqual([]);
  await callApi(page, 'sop.setAssignment', { defaultCode: installed.code, channels: {} });
  return { positions, accounts, extraAccounts };
}

/** Registers one complaint of `channel` as the signed-in clerk. */
export async function registerComplaint(page: Page, channel: Channel, overrides: Partial<ComplaintIntakeInput> = {}): Promise<ComplaintDetail> {
  return callApi(page, 'complaints.intake', sampleComplaint(3, { channel, privacy: 'biasa', ...overrides }));
}

/** Signs out whoever is on the page and signs in as `user` (optionally after moving the clock while nobody is signed in). */
export async function actAs(page: Page, user: string, meanwhile?: () => void): Promise<void> {
  const door = new SignInPage(page);
  await door.signOut();
  // Time moves while nobody is signed in: a jump of days would otherwise lock the open session.
  meanwhile?.();
  await door.signIn(user, STAFF_PASSWORD);
}
