import os from 'node:os';
import sqlite3 from 'sqlite3';

/** The machine a result was measured on: figures from different machines are not comparable. */
export interface MachineDescription {
  cpuModel: string;
  /** Logical cores, as the OS reports them. */
  cores: number;
  totalMemoryBytes: number;
  totalMemoryGiB: number;
  os: { type: string; platform: string; release: string; arch: string };
  /** 1/5/15-minute load averages when the run started: figures taken on a busy machine are suspect. */
  loadAverage: number[];
  node: string;
  sqlite: {
    /** The SQLite compiled into the app's `sqlite3` package: what the service layer runs on. */
    library: string;
    /** The `sqlite3` command-line shell used for the raw figures, or null when absent. */
    shell: string | null;
  };
}

export function describeMachine(shellVersion: string | null): MachineDescription {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    totalMemoryBytes: os.totalmem(),
    totalMemoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: { type: os.type(), platform: os.platform(), release: os.release(), arch: os.arch() },
    loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100),
    node: process.version,
    sqlite: { library: sqlite3.VERSION, shell: shellVersion },
  };
}

/** One line for tables and logs: "AMD EPYC · 2 cores · 23.4 GiB · Linux 6.1 (x64) · Node v20 · SQLite 3.52.0". */
export function machineSummary(m: MachineDescription): string {
  return [
    m.cpuModel,
    `${m.cores} cores`,
    `${m.totalMemoryGiB} GiB`,
    `${m.os.type} ${m.os.release} (${m.os.arch})`,
    `Node ${m.node}`,
    `SQLite ${m.sqlite.library}`,
    m.sqlite.shell ? `shell ${m.sqlite.shell.split(' ')[0]}` : 'no sqlite3 shell',
  ].join(' · ');
}
