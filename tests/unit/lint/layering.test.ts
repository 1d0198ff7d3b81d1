// The layer rules of DESIGN.md §1 really fire: lint refuses each forbidden import in the folder it guards.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('the layer rules', () => {
  it.each([
    ["import React from 'react';", 'React'],
    ["import Dexie from 'dexie';", 'Dexie'],
    ["import { app } from 'electron';", 'Electron'],
    ["import { $getRoot } from 'lexical';", 'Lexical'],
    ["import { readFile } from 'node:fs/promises';", 'a Node built-in'],
    ["import { db } from '../../renderer/src/db/database';", 'the renderer'],
  ])('refuse %s in shared/ (%s)', async (line) => {
    expect(await ruleIds('shared/model/probe.ts', `${line}\nexport const x = 1;\n`)).toContain('no-restricted-imports');
  });

  it('refuse electron and electron/ in the renderer', async () => {
    expect(await ruleIds('renderer/src/app/probe.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n")).toContain('no-restricted-imports');
    expect(await ruleIds('renderer/src/app/probe.ts', "import { x } from '../../../electron/origin';\nexport const y = x;\n")).toContain('no-restricted-imports');
  });

  it('allow ipcRenderer only in the preload', async () => {
    const code = "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n";
    expect(await ruleIds('electron/window.ts', code)).toContain('no-restricted-imports');
    expect(await ruleIds('electron/preload.ts', code)).not.toContain('no-restricted-imports');
  });

  it('let shared/ import its own modules', async () => {
    expect(await ruleIds('shared/export/probe.ts', "import type { Tag } from '../model';\nexport type T = Tag;\n")).toEqual([]);
  });
});
