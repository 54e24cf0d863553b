import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_ENVELOPE_BYTES, type CallResult } from '../../shared/contract/call-result';
import { isCallName, maxEnvelopeBytes } from '../../shared/contract/calls';
import type { Dispatch } from '../backend/core/dispatcher';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { resolveStaticFile } from './static-files';

export const TOKEN_HEADER = 'x-meja-token';
const API_PREFIX = '/api/';

export interface BrowserHostOptions {
  dispatch: Dispatch;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** 0 (default) lets the OS pick a free port. */
  port?: number;
  /** A fixed token for tests; a random one per launch otherwise. */
  token?: string;
}

export interface BrowserHost {
  /** Open this in a browser: the token travels in the fragment, which is never sent to a server. */
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

function sendJson(res: http.ServerResponse, status: number, body: CallResult<unknown>): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

const refuse = (res: http.ServerResponse, status: number, code: 'FORBIDDEN' | 'BAD_REQUEST' | 'TOO_LARGE', message: string) =>
  sendJson(res, status, { ok: false, error: { code, message } });

function safeDecode(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

function tokensEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

/**
 * Serves the renderer and the backend over HTTP on 127.0.0.1, for machines without the
 * Electron runtime. The same checks an IPC sender check gives Electron: loopback only, a
 * random port, a per-launch secret token on every call, the Host and Origin headers must
 * name this very server (defeats DNS rebinding and other sites' pages), and no CORS.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  let allowedHosts: Set<string> = new Set();

  const server = http.createServer((req, res) => {
    const host = req.headers.host ?? '';
    if (!allowedHosts.has(host)) return refuse(res, 403, 'FORBIDDEN', 'Alamat host tidak diizinkan.');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) {
      return refuse(res, 403, 'FORBIDDEN', 'Asal permintaan tidak diizinkan.');
    }
    const url = req.url ?? '/';

    if (url.startsWith(API_PREFIX)) return handleCall(req, res, url.slice(API_PREFIX.length));

    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'BAD_REQUEST', 'Metode tidak didukung.');
    const found = resolveStaticFile(options.rendererDir, url);
    if (!found) {
      res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end('Tidak ditemukan. Sudahkah tampilan dibangun (npm run build)?');
    }
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': found.type });
    if (req.method === 'HEAD') return res.end();
    fs.createReadStream(found.file).pipe(res);
  });

  function handleCall(req: http.IncomingMessage, res: http.ServerResponse, name: string): void {
    if (req.method !== 'POST') return refuse(res, 405, 'BAD_REQUEST', 'Gunakan POST untuk memanggil perintah.');
    const given = req.headers[TOKEN_HEADER];
    if (typeof given !== 'string' || !tokensEqual(given, token)) {
      return refuse(res, 403, 'FORBIDDEN', 'Sesi tidak sah. Buka aplikasi dari alamat yang dicetak saat aplikasi dimulai.');
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return refuse(res, 415, 'BAD_REQUEST', 'Permintaan harus berformat JSON.');
    }
    const limit = isCallName(safeDecode(name)) ? maxEnvelopeBytes(safeDecode(name) as never) : MAX_ENVELOPE_BYTES;
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) return refuse(res, 413, 'TOO_LARGE', 'Data yang dikirim terlalu besar.');

    const chunks: Buffer[] = [];
    let size = 0;
    let aborted = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit && !aborted) {
        aborted = true;
        refuse(res, 413, 'TOO_LARGE', 'Data yang dikirim terlalu besar.');
        req.destroy();
      } else if (!aborted) chunks.push(chunk);
    });
    req.on('end', async () => {
      if (aborted) return;
      let envelope: unknown;
      try {
        envelope = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return refuse(res, 400, 'BAD_REQUEST', 'Permintaan bukan JSON yang sah.');
      }
      const decodedName = safeDecode(name);
      // Errors are values with status 200: the transport worked, the call said no.
      sendJson(res, 200, await options.dispatch(decodedName, envelope));
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
