import { chromium } from 'playwright-core';

/** What the register's rendering costs in a real Chromium, as `measureRegisterRendering` reports it. */
export interface RegisterRenderingResult {
  /** From the clerk's Alt+3 (the register opened from another screen) to the first row of the list painted with its data. */
  firstPageMs: number;
  /** From the same Alt+3 to the register's total shown (the count is asked for after the first page). */
  totalMs: number;
  /** Scrolling from the top to the last row, one viewport per step, each step waiting until the rows in view show their data. */
  scrollMs: number;
  /** Rows in the register (the list's total), all of which were scrolled past. */
  rows: number;
  /** Frames during the scroll that took longer than 50 ms (requestAnimationFrame deltas): the stutter a clerk would notice. */
  framesOver50ms: number;
}

export interface RegisterRenderingOptions {
  /** The browser host's URL with its token (`http://127.0.0.1:PORT/#token=…`); the database should hold ≥ 100,000 complaints. */
  url: string;
  /** A Chromium executable (e.g. /usr/bin/chromium); Playwright's own download is not needed. */
  chromiumPath: string;
  /** A signed-in session token, put where the renderer keeps it, so the register opens without the sign-in screen. */
  session: string;
  /** Longest wait for one step's rows to show (default 30 s); a slower step fails the run instead of hanging it. */
  stepTimeoutMs?: number;
}

/** The clerk's screen: the size the register was designed for. */
const VIEWPORT = { width: 1440, height: 900 };

/**
 * Opens the register (Meja Aduan's "Register Pengaduan", Alt+3) in Chromium against a
 * running browser host and measures, inside the page so no protocol round trip is
 * counted: the time to the first painted row, then a scroll through every row, a
 * viewport at a time, waiting at each step until the rows in view have their data (the
 * list fetches pages of 200 as they come into view), while counting long frames.
 *
 * A fresh browser context is used, so no filter remembered by an earlier session narrows
 * the list. The run fails (throws) if a step's rows never load, so a broken list never
 * passes for a fast one.
 */
export async function measureRegisterRendering(opts: RegisterRenderingOptions): Promise<RegisterRenderingResult> {
  const browser = await chromium.launch({
    executablePath: opts.chromiumPath,
    args: ['--no-sandbox', '--lang=id-ID', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    // The harness runs through tsx (esbuild with keepNames), which wraps named functions in the
    // callbacks below in a `__name(…)` helper that does not exist inside the page.
    await context.addInitScript('globalThis.__name = (fn) => fn;');
    await context.addInitScript((token) => sessionStorage.setItem('meja.session', token), opts.session);
    const page = await context.newPage();
    await page.goto(opts.url);
    // The app has started once its menu is there; the shortcut belongs to that shell.
    await page.getByRole('navigation', { name: 'Menu utama' }).waitFor({ timeout: 60_000 });
    const stepTimeoutMs = opts.stepTimeoutMs ?? 30_000;

    const firstPageMs = await page.evaluate(async (timeoutMs) => {
      const started = performance.now();
      performance.mark('meja-register-alt3');
      window.dispatchEvent(new KeyboardEvent('keydown', { key: '3', altKey: true, bubbles: true }));
      // rAF runs just before a paint: the first frame in which a loaded row exists is the one that shows it.
      return new Promise<number>((resolve, reject) => {
        const check = () => {
          if (document.querySelector('[role="grid"] .register-body [role="row"][data-loaded="true"]')) return resolve(performance.now() - started);
          if (performance.now() - started > timeoutMs) return reject(new Error('Baris pertama register tidak tampil.'));
          requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    }, stepTimeoutMs);

    // The total comes in a second call once the first page is shown; the grid is busy until then.
    const totalMs = await page.evaluate(async (timeoutMs) => {
      const grid = document.querySelector('[role="grid"][aria-label="Daftar pengaduan"]');
      return new Promise<number>((resolve, reject) => {
        const check = () => {
          const entries = performance.getEntriesByName('meja-register-alt3');
          const since = entries[0]?.startTime ?? 0;
          if (grid?.getAttribute('aria-busy') === 'false') return resolve(performance.now() - since);
          if (performance.now() - since > timeoutMs) return reject(new Error('Jumlah pengaduan tidak tampil.'));
          requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    }, stepTimeoutMs);

    const scroll = await page.evaluate(async (timeoutMs) => {
      const grid = document.querySelector<HTMLElement>('[role="grid"][aria-label="Daftar pengaduan"]');
      if (!grid) throw new Error('Daftar pengaduan tidak ditemukan.');
      const rows = Number(grid.getAttribute('aria-rowcount')) - 1;
      const header = grid.querySelector<HTMLElement>('[role="row"][aria-rowindex="1"]')!;
      const rowHeight = grid.querySelector<HTMLElement>('.register-body [role="row"]')!.offsetHeight;
      const headerHeight = header.offsetHeight;

      // Every frame's length while the scroll runs.
      let framesOver50ms = 0;
      let running = true;
      let last = performance.now();
      const frame = (now: number) => {
        if (now - last > 50) framesOver50ms++;
        last = now;
        if (running) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);

      const loaded = (index: number) => grid.querySelector(`[role="row"][data-index="${index}"][data-loaded="true"]`) !== null;
      /** Resolves once the first and last rows in view at `top` are rendered with data. */
      const settled = (top: number) =>
        new Promise<void>((resolve, reject) => {
          const first = Math.min(rows - 1, Math.floor(top / rowHeight));
          const lastInView = Math.min(rows - 1, Math.floor((top + grid.clientHeight - headerHeight - 1) / rowHeight));
          const since = performance.now();
          const check = () => {
            if (loaded(first) && loaded(lastInView)) return resolve();
            if (performance.now() - since > timeoutMs) return reject(new Error(`Baris ${first + 1}–${lastInView + 1} tidak tampil dalam ${timeoutMs} ms.`));
            requestAnimationFrame(check);
          };
          check();
        });

      const started = performance.now();
      const end = grid.scrollHeight - grid.clientHeight;
      for (let top = 0; ; top = Math.min(end, top + grid.clientHeight)) {
        grid.scrollTop = top;
        await settled(grid.scrollTop);
        if (top >= end) break;
      }
      const scrollMs = performance.now() - started;
      running = false;
      if (!loaded(rows - 1)) throw new Error('Baris terakhir register tidak tampil.');
      return { scrollMs, rows, framesOver50ms };
    }, stepTimeoutMs);

    return { firstPageMs: round2(firstPageMs), totalMs: round2(totalMs), scrollMs: round2(scroll.scrollMs), rows: scroll.rows, framesOver50ms: scroll.framesOver50ms };
  } finally {
    await browser.close();
  }
}

const round2 = (n: number) => Math.round(n * 100) / 100;
