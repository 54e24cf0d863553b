import { CALL_NAMES } from '../../../shared/contract/calls';
import { expect, test } from '../fixtures/app-fixture';

// These check Electron's own isolation of the renderer; the browser host's equivalent
// (token, Host and Origin checks) is covered by test/integration/host/browser-host.test.ts.
test.describe('Jendela Electron terisolasi', () => {
  test.beforeEach(({ runtime }) => {
    test.skip(runtime !== 'electron', 'Electron-only checks (preload bridge, sandbox); run in the electron project.');
  });

  test('preload hanya membuka satu fungsi per perintah kontrak; tidak ada Node di halaman', async ({ app }) => {
    const exposed = await app.evaluate(() => Object.keys((window as unknown as { mejaAduan?: object }).mejaAduan ?? {}).sort());
    expect(exposed).toEqual([...CALL_NAMES].sort());
    const nodeVisible = await app.evaluate(() => typeof (globalThis as { require?: unknown }).require !== 'undefined' || typeof (globalThis as { process?: unknown }).process !== 'undefined');
    expect(nodeVisible).toBe(false);
  });

  test('navigasi ke situs lain dan jendela baru ditolak', async ({ app }) => {
    const before = app.url();
    await app.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await app.waitForTimeout(500);
    expect(app.url()).toBe(before);
    const opened = await app.evaluate(() => window.open('https://example.com/') !== null);
    expect(opened).toBe(false);
  });
});
