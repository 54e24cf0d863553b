import path from 'node:path';
import { createBackend } from '../backend/create-backend';
import { clockStartingAt, systemClock } from '../backend/core/clock';
import { DatabaseDamagedError } from '../db/database-errors';
import { APP_VERSION } from '../launch/app-version';
import { defaultUserDataDir, parseLaunchOptions } from '../launch/launch-options';
import { startBrowserHost } from './browser-host';

/**
 * `npm start` on a machine without the Electron runtime: the same backend and renderer,
 * served on 127.0.0.1. Prints the address to open; stops cleanly on Ctrl+C.
 */
async function main(): Promise<void> {
  const options = parseLaunchOptions(process.argv.slice(2), process.env, defaultUserDataDir());
  const clock = options.startAt ? clockStartingAt(options.startAt) : systemClock;
  const rendererDir = path.resolve(process.env.MEJA_ADUAN_RENDERER_DIR ?? path.join(__dirname, '..', 'renderer'));
  const port = Number(process.env.MEJA_ADUAN_PORT ?? 0);

  const backend = await createBackend({
    dataDir: options.dataDir, clock, runtime: 'browser', version: APP_VERSION, demo: options.demo,
  });
  const host = await startBrowserHost({ dispatch: backend.dispatch, rendererDir, port });
  console.log('');
  console.log(`Meja Aduan berjalan di peramban. Buka alamat ini:`);
  console.log(`  ${host.url}`);
  console.log(`Folder data: ${options.dataDir}${options.demo ? ' (kantor demo)' : ''}`);
  console.log('Tekan Ctrl+C untuk berhenti.');

  const stop = async () => {
    await host.close();
    await backend.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err instanceof DatabaseDamagedError ? err.message : `Meja Aduan gagal dimulai: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
