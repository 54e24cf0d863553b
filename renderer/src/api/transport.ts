import type { CallEnvelope, CallResult } from '../../../shared/contract/call-result';
import type { CallName } from '../../../shared/contract/calls';

type Bridge = Record<CallName, (envelope: CallEnvelope) => Promise<CallResult<unknown>>>;

declare global {
  interface Window {
    /** Set by Electron's preload: one function per call. Absent in the browser host. */
    mejaAduan?: Bridge;
  }
}

const TOKEN_KEY = 'meja.token';

/**
 * The browser host hands its per-launch token in the URL fragment (never sent over the
 * network); keep it for this tab and take it out of the address bar.
 */
function hostToken(): string {
  const match = /[#&]token=([\w-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** Sends one call over Electron IPC when the preload is there, else to the browser host. */
export async function send(name: CallName, envelope: CallEnvelope): Promise<CallResult<unknown>> {
  if (window.mejaAduan) return window.mejaAduan[name](envelope);
  const response = await fetch(`/api/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Meja-Token': hostToken() },
    body: JSON.stringify(envelope),
  });
  return (await response.json()) as CallResult<unknown>;
}

// Read the token at start-up, before any screen changes the URL.
if (!window.mejaAduan) hostToken();
