import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh, empty folder under the system's temp folder. */
export function makeTempDir(prefix = 'meja-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Removes a folder made by makeTempDir, with everything in it. */
export function removeTempDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 50 });
}
