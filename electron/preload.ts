import { contextBridge, ipcRenderer } from 'electron';
import type { CallEnvelope } from '../shared/contract/call-result';
import { CALL_NAMES } from '../shared/contract/calls';
import { ipcChannel } from './ipc/ipc-channel';

/**
 * Exposes one function per call of the contract, and nothing else: the renderer never
 * sees ipcRenderer, so it can only make the calls the contract names.
 */
const bridge = Object.fromEntries(
  CALL_NAMES.map((name) => [name, (envelope: CallEnvelope) => ipcRenderer.invoke(ipcChannel(name), envelope)]),
);

contextBridge.exposeInMainWorld('mejaAduan', bridge);
