import { makeSaneConfig } from '../support/sane-test-env';

// The specs drive the built renderer, so build it (a few seconds) before any spec runs.
export default async function globalSetup(): Promise<() => void> {
  // @ts-expect-error — a plain .mjs build script without type declarations.
  const { buildAll } = await import('../../scripts/build.mjs');
  await buildAll({ quiet: true });
  // The browser host runs the backend in the test workers, which inherit this environment:
  // SANE loads only its virtual `test` and `pnm` scanners from a private configuration. The
  // test scanner waits 0.1 s a read, so a 150-dpi page takes about 2 s, as on a desk
  // scanner, and the dialog's progress within the page can be seen.
  const sane = makeSaneConfig({ 'read-delay': 'true', 'read-delay-duration': '100000' });
  process.env.SANE_CONFIG_DIR = sane.dir;
  return () => sane.cleanup();
}
