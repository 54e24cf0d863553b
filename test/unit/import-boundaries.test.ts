import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: repoRoot });
});

/** The layer-rule messages ESLint reports for `code` as if it were the file `file` (relative to the repo). */
async function layerMessages(file: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, file) });
  expect(result, file).toBeDefined();
  const fatal = result!.messages.filter((m) => m.fatal);
  expect(fatal, `${file} could not be parsed`).toEqual([]);
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals');
}

const rejections: { file: string; code: string; rule: string; message?: string }[] = [
  { file: 'shared/probe.ts', code: "import fs from 'node:fs';\nexport const x = fs;\n", rule: 'no-restricted-imports', message: 'Modul Node tidak boleh dipakai di lapisan ini.' },
  { file: 'shared/probe.ts', code: "import { app } from 'electron';\nexport const x = app;\n", rule: 'no-restricted-imports', message: 'Electron hanya boleh dipakai di electron/.' },
  { file: 'shared/probe.ts', code: "import React from 'react';\nexport const x = React;\n", rule: 'no-restricted-imports', message: 'shared/ tidak memakai React.' },
  { file: 'shared/guests/probe.ts', code: 'export const dir = process.env.MEJA_ADUAN_DATA_DIR;\n', rule: 'no-restricted-globals' },
  {
    file: 'renderer/src/probe.ts',
    code: "import { createBackend } from '../../electron/backend/create-backend';\nexport const x = createBackend;\n",
    rule: 'no-restricted-imports',
  },
  { file: 'renderer/src/probe.tsx', code: "import fs from 'fs';\nexport const x = fs;\n", rule: 'no-restricted-imports', message: 'Modul Node tidak boleh dipakai di lapisan ini.' },
  { file: 'renderer/src/probe.ts', code: "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n", rule: 'no-restricted-imports' },
];

describe('layer import rules (eslint.config.js)', () => {
  for (const { file, code, rule, message } of rejections) {
    it(`rejects in ${file}: ${code.split('\n')[0]}`, async () => {
      const messages = await layerMessages(file, code);
      expect(messages.map((m) => m.ruleId)).toContain(rule);
      if (message) expect(messages.map((m) => m.message).join('\n')).toContain(message);
    });
  }

  it('accepts the shared contract imported from the renderer', async () => {
    const code = "import { calls } from '../../shared/contract/calls';\nexport const names = Object.keys(calls);\n";
    expect(await layerMessages('renderer/src/probe.ts', code)).toEqual([]);
  });

  it('accepts Node and Electron imports in electron/', async () => {
    const code = [
      "import fs from 'node:fs';",
      "import path from 'path';",
      "import { app } from 'electron';",
      "import { calls } from '../shared/contract/calls';",
      'export const x = [fs, path, app, calls, process.env.HOME];',
      '',
    ].join('\n');
    expect(await layerMessages('electron/probe.ts', code)).toEqual([]);
  });
});
