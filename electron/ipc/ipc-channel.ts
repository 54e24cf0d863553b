/** The IPC channel of one call; shared by the preload and the main process. */
export const ipcChannel = (callName: string) => `meja:${callName}`;

/** The origin the renderer is served from inside Electron (our own `app:` scheme). */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://meja`;
