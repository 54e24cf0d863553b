import fs from 'node:fs';

/**
 * Takes `lockFile` for this process, or throws when another running process holds it; a
 * lock whose process is gone is taken over. Returns the release function. Bench runs use
 * it so two runs never delete each other's half-built databases or measure each other's load.
 */
export function claimLock(lockFile: string, holding: string): () => void {
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lockFile, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const owner = Number(fs.readFileSync(lockFile, 'utf8'));
    let alive = false;
    try {
      alive = Number.isInteger(owner) && owner > 0 && process.kill(owner, 0);
    } catch {
      alive = false; // ESRCH: the process that held the lock has ended
    }
    if (alive) throw new Error(`another bench run (process ${owner}) is ${holding}; wait for it to finish`);
    fs.rmSync(lockFile, { force: true });
  }
}
