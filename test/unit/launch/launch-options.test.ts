import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultUserDataDir, parseLaunchOptions, PRODUCT_NAME } from '../../../electron/launch/launch-options';

const USER_DATA = path.resolve('/home/rina/.config/Meja Aduan');

describe('parseLaunchOptions', () => {
  it('uses the user data folder when nothing is given', () => {
    expect(parseLaunchOptions([], {}, USER_DATA)).toEqual({ dataDir: USER_DATA, demo: false, startAt: null });
  });

  it('reads --data-dir X and --data-dir=X as absolute folders', () => {
    expect(parseLaunchOptions(['--data-dir', '/srv/meja'], {}, USER_DATA).dataDir).toBe(path.resolve('/srv/meja'));
    expect(parseLaunchOptions(['--data-dir=/srv/meja dua'], {}, USER_DATA).dataDir).toBe(path.resolve('/srv/meja dua'));
    expect(parseLaunchOptions(['--data-dir', 'data-lokal'], {}, USER_DATA).dataDir).toBe(path.resolve('data-lokal'));
  });

  it('reads MEJA_ADUAN_DATA_DIR, and --data-dir wins over it', () => {
    const env = { MEJA_ADUAN_DATA_DIR: '/srv/dari-env' };
    expect(parseLaunchOptions([], env, USER_DATA).dataDir).toBe(path.resolve('/srv/dari-env'));
    expect(parseLaunchOptions(['--data-dir=/srv/dari-argumen'], env, USER_DATA).dataDir).toBe(path.resolve('/srv/dari-argumen'));
  });

  it('treats an empty MEJA_ADUAN_DATA_DIR as unset instead of using the working folder', () => {
    expect(parseLaunchOptions([], { MEJA_ADUAN_DATA_DIR: '' }, USER_DATA).dataDir).toBe(USER_DATA);
  });

  it('keeps the demo office in a demo subfolder', () => {
    expect(parseLaunchOptions(['--demo'], {}, USER_DATA)).toMatchObject({ dataDir: path.join(USER_DATA, 'demo'), demo: true });
    expect(parseLaunchOptions(['--demo', '--data-dir=/srv/meja'], {}, USER_DATA).dataDir).toBe(path.join(path.resolve('/srv/meja'), 'demo'));
  });

  it('reads --now and MEJA_ADUAN_NOW as the start of the clock', () => {
    expect(parseLaunchOptions(['--now', '2026-11-23T08:00:00+07:00'], {}, USER_DATA).startAt?.toISOString()).toBe('2026-11-23T01:00:00.000Z');
    expect(parseLaunchOptions(['--now=2026-11-23T01:00:00Z'], {}, USER_DATA).startAt?.toISOString()).toBe('2026-11-23T01:00:00.000Z');
    expect(parseLaunchOptions([], { MEJA_ADUAN_NOW: '2026-11-24T00:00:00Z' }, USER_DATA).startAt?.toISOString()).toBe('2026-11-24T00:00:00.000Z');
  });

  it('refuses an invalid --now with an Indonesian message', () => {
    expect(() => parseLaunchOptions(['--now', 'besok pagi'], {}, USER_DATA)).toThrow('Waktu --now tidak valid: besok pagi');
    expect(() => parseLaunchOptions([], { MEJA_ADUAN_NOW: '2026-13-45' }, USER_DATA)).toThrow(/tidak valid/);
  });
});

describe('defaultUserDataDir', () => {
  it('uses %APPDATA%\\Meja Aduan on Windows', () => {
    const appData = 'C:\\Users\\rina\\AppData\\Roaming';
    expect(defaultUserDataDir({ APPDATA: appData }, 'win32')).toBe(path.join(appData, 'Meja Aduan'));
  });

  it('uses ~/Library/Application Support/Meja Aduan on macOS', () => {
    expect(defaultUserDataDir({}, 'darwin')).toBe(path.join(os.homedir(), 'Library', 'Application Support', 'Meja Aduan'));
  });

  it('uses $XDG_CONFIG_HOME/Meja Aduan on Linux, else ~/.config/Meja Aduan', () => {
    expect(defaultUserDataDir({ XDG_CONFIG_HOME: '/data/rina/config' }, 'linux')).toBe(path.join('/data/rina/config', 'Meja Aduan'));
    expect(defaultUserDataDir({}, 'linux')).toBe(path.join(os.homedir(), '.config', 'Meja Aduan'));
  });

  it('treats an empty XDG_CONFIG_HOME as unset, as the XDG spec and Electron do', () => {
    expect(defaultUserDataDir({ XDG_CONFIG_HOME: '' }, 'linux')).toBe(path.join(os.homedir(), '.config', 'Meja Aduan'));
  });

  it('names the folder after the product', () => {
    expect(PRODUCT_NAME).toBe('Meja Aduan');
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      expect(path.basename(defaultUserDataDir({ APPDATA: '/x', XDG_CONFIG_HOME: '/y' }, platform))).toBe('Meja Aduan');
    }
  });
});
