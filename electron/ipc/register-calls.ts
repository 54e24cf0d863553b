import { ipcMain, type WebFrameMain } from 'electron';
import { CALL_NAMES } from '../../shared/contract/calls';
import type { Dispatch } from '../backend/core/dispatcher';
import { APP_ORIGIN, ipcChannel } from './ipc-channel';

/** Only our own page, in our own window's main frame, may call the backend. */
export function isTrustedSender(frame: WebFrameMain | null): boolean {
  if (!frame || frame.parent !== null) return false;
  try {
    return new URL(frame.url).origin === APP_ORIGIN;
  } catch {
    return false;
  }
}

/**
 * Registers one IPC handler per call of the contract, all through this one wrapper: it
 * checks the sender, then hands the envelope to the dispatcher, which validates it.
 */
export function registerCalls(dispatch: Dispatch): void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(ipcChannel(name), async (event, envelope: unknown) => {
      if (!isTrustedSender(event.senderFrame)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'Pemanggil tidak dikenal; permintaan ditolak.' } };
      }
      return dispatch(name, envelope);
    });
  }
}
