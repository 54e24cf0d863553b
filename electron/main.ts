import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, Menu, net, protocol, session, shell } from 'electron';
import { createBackend, type Backend } from './backend/create-backend';
import { clockStartingAt, systemClock } from './backend/core/clock';
import { DatabaseDamagedError } from './db/database-errors';
import { electronDialogPrinter } from './devices/printer/electron-dialog-printer';
import { CONTENT_SECURITY_POLICY } from './host/content-security-policy';
import { resolveStaticFile } from './host/static-files';
import { APP_ORIGIN, APP_SCHEME } from './ipc/ipc-channel';
import { registerCalls } from './ipc/register-calls';
import { APP_VERSION } from './launch/app-version';
import { folderKeySealer } from './backend/core/secret-sealer';
import { osSecretSealer } from './os-secret-sealer';
import { parseLaunchOptions } from './launch/launch-options';

const rendererDir = path.join(__dirname, '..', 'renderer');
let backend: Backend | null = null;

// Our renderer is served from app://meja/ rather than file://, so it has a real origin
// that the IPC sender check and the CSP can name.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

// Date pickers and spelling follow the UI language: Indonesian (dd/mm/yyyy).
app.commandLine.appendSwitch('lang', 'id');

// One instance per user: two windows writing one SQLite file from two processes would
// only meet each other's locks.
if (!app.requestSingleInstanceLock()) app.quit();

function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const found = url.host === 'meja' ? resolveStaticFile(rendererDir, url.pathname) : null;
    if (!found) return new Response('Tidak ditemukan', { status: 404 });
    const response = await net.fetch(pathToFileURL(found.file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Type', found.type);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    return new Response(response.body, { status: 200, headers });
  });
}

function lockDownContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!url.startsWith(APP_ORIGIN + '/')) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      // Help links may open in the system browser; nothing opens inside the app.
      if (/^https:\/\//.test(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
}

function createWindow(): void {
  const window = new BrowserWindow({
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title: 'Meja Aduan',
    show: false,
    backgroundColor: '#f4f6f8',
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
}

const options = parseLaunchOptions(process.argv.slice(1), process.env, app.getPath('userData'));
// Browser storage (the form drafts) follows the data folder, so two data folders on one
// PC (a test, the demo office) never see each other's drafts. Must be set before 'ready'.
app.setPath('sessionData', path.join(options.dataDir, 'session'));

async function start(): Promise<void> {
  const clock = options.startAt ? clockStartingAt(options.startAt) : systemClock;
  try {
    backend = await createBackend({
      dataDir: options.dataDir, clock, runtime: 'electron', version: APP_VERSION, demo: options.demo,
      dialogPrinter: electronDialogPrinter(),
      // The OS keychain where there is one; else the backend's own key in the data folder.
      secretSealer: osSecretSealer(folderKeySealer(options.dataDir)) ?? undefined,
    });
  } catch (err) {
    const message = err instanceof DatabaseDamagedError ? err.message : `Meja Aduan gagal dimulai: ${String(err)}`;
    dialog.showErrorBox('Meja Aduan', message);
    app.exit(1);
    return;
  }
  Menu.setApplicationMenu(null);
  serveRenderer();
  lockDownContents();
  registerCalls(backend.dispatch);
  createWindow();
}

app.on('second-instance', () => {
  const [window] = BrowserWindow.getAllWindows();
  if (window) {
    if (window.isMinimized()) window.restore();
    window.focus();
  }
});
app.on('window-all-closed', () => app.quit());
app.on('will-quit', () => {
  void backend?.close();
});
app.whenReady().then(start, (err) => {
  console.error(err);
  app.exit(1);
});

