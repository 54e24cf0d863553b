import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, TOKEN_HEADER, type BrowserHost } from '../../../electron/host/browser-host';
import { MAX_ENVELOPE_BYTES } from '../../../shared/contract/call-result';
import { openTempBackend, type TempBackend } from '../../support/temp-backend';
import { makeTempDir, removeTempDir } from '../../support/temp-dir';

const TOKEN = 'token-uji-0123456789abcdef';
const INDEX_HTML = '<!doctype html><html lang="id"><title>Meja Aduan (uji)</title></html>';

let t: TempBackend;
let rendererDir: string;
let host: BrowserHost;
let port: number;

beforeAll(async () => {
  t = await openTempBackend();
  rendererDir = makeTempDir('meja-renderer-');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), INDEX_HTML);
  fs.mkdirSync(path.join(rendererDir, 'assets'));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log("meja");');
  host = await startBrowserHost({ dispatch: t.backend.dispatch, rendererDir, token: TOKEN });
  port = Number(new URL(host.origin).port);
});

afterAll(async () => {
  await host?.close();
  await t?.close();
  removeTempDir(rendererDir);
});

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

interface Request {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Send the body in pieces without a Content-Length (chunked). */
  chunked?: boolean;
}

const replies: Reply[] = [];

/** One request with Node's http client, which (unlike fetch) lets us set Host and Origin. */
function request(req: Request): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host: `127.0.0.1:${port}`, ...req.headers };
    if (req.body !== undefined && !req.chunked) headers['content-length'] = String(Buffer.byteLength(req.body));
    const r = http.request({ host: '127.0.0.1', port, method: req.method ?? 'GET', path: req.path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const reply = { status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') };
        replies.push(reply);
        resolve(reply);
      });
      res.on('error', reject);
    });
    // The server may answer and close before a refused body is fully sent.
    r.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE' && err.code !== 'ECONNRESET') reject(err);
    });
    if (req.body !== undefined && req.chunked) {
      const body = Buffer.from(req.body);
      for (let i = 0; i < body.length; i += 256 * 1024) r.write(body.subarray(i, i + 256 * 1024));
    } else if (req.body !== undefined) {
      r.write(req.body);
    }
    r.end();
  });
}

/** A call the way the renderer makes it: POST JSON with the token, to our own Host. */
function call(name: string, envelope: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return request({
    method: 'POST',
    path: `/api/${name}`,
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN, ...headers },
    body: JSON.stringify(envelope),
  });
}

const errorCode = (reply: Reply) => (JSON.parse(reply.body) as { ok: false; error: { code: string } }).error.code;

describe('browser host', () => {
  it('listens on 127.0.0.1 only', async () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.url).toBe(`${host.origin}/#token=${TOKEN}`);
    const outside = Object.values(os.networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
    if (outside) {
      const reached = await new Promise<boolean>((resolve) => {
        const socket = net.connect({ host: outside, port }, () => {
          socket.destroy();
          resolve(true);
        });
        socket.on('error', () => resolve(false));
      });
      expect(reached, `reachable on ${outside}`).toBe(false);
    }
  });

  it('answers a call with the right token and Host', async () => {
    const reply = await call('app.info', { input: {} });
    expect(reply.status).toBe(200);
    const body = JSON.parse(reply.body) as { ok: boolean; value: { runtime: string } };
    expect(body.ok).toBe(true);
    expect(body.value.runtime).toBe('browser');
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('carries the session and input through to the backend', async () => {
    const session = await t.session('Rina');
    const reply = await call('guests.register', { input: { name: 'Siti Rahmawati', purpose: 'konsultasi' }, session });
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { name: 'Siti Rahmawati', createdBy: 'Rina' } });
    const today = JSON.parse((await call('guests.today', { input: {}, session })).body) as { value: { rows: { name: string }[] } };
    expect(today.value.rows.map((r) => r.name)).toContain('Siti Rahmawati');
  });

  it('refuses a call without the token', async () => {
    const reply = await request({
      method: 'POST',
      path: '/api/app.info',
      headers: { 'content-type': 'application/json' },
      body: '{"input":{}}',
    });
    expect(reply.status).toBe(403);
    expect(errorCode(reply)).toBe('FORBIDDEN');
    expect(JSON.parse(reply.body).error.message).toContain('Sesi tidak sah');
  });

  it('refuses a call with a wrong token', async () => {
    for (const token of ['salah', TOKEN + 'x', TOKEN.slice(0, -1)]) {
      const reply = await call('app.info', { input: {} }, { [TOKEN_HEADER]: token });
      expect(reply.status, token).toBe(403);
      expect(errorCode(reply)).toBe('FORBIDDEN');
    }
  });

  it('refuses a Host that is not this server (DNS rebinding)', async () => {
    for (const hostHeader of [`evil.example:${port}`, `127.0.0.1:${port === 65535 ? 65534 : port + 1}`, '127.0.0.1', `evil.example`]) {
      const reply = await call('app.info', { input: {} }, { host: hostHeader });
      expect(reply.status, hostHeader).toBe(403);
      expect(errorCode(reply)).toBe('FORBIDDEN');
      const page = await request({ path: '/', headers: { host: hostHeader } });
      expect(page.status, hostHeader).toBe(403);
      expect(page.body).not.toContain('Meja Aduan (uji)');
    }
  });

  it('accepts localhost and its own origin', async () => {
    expect((await call('app.info', { input: {} }, { host: `localhost:${port}` })).status).toBe(200);
    expect((await call('app.info', { input: {} }, { origin: host.origin })).status).toBe(200);
  });

  it('refuses an Origin of another site', async () => {
    for (const origin of ['http://evil.example', `https://127.0.0.1:${port}`, 'null', `http://127.0.0.1:${port}.evil.example`]) {
      const reply = await call('app.info', { input: {} }, { origin });
      expect(reply.status, origin).toBe(403);
      expect(errorCode(reply)).toBe('FORBIDDEN');
    }
  });

  it('refuses a body that is not JSON by content type', async () => {
    const reply = await request({
      method: 'POST',
      path: '/api/app.info',
      headers: { 'content-type': 'text/plain', [TOKEN_HEADER]: TOKEN },
      body: '{"input":{}}',
    });
    expect([400, 415]).toContain(reply.status);
    expect(errorCode(reply)).toBe('BAD_REQUEST');
  });

  it('refuses a declared body over 2 MiB with 413', async () => {
    const reply = await call('guests.register', { input: { name: 'x', purpose: 'konsultasi', notes: 'x'.repeat(MAX_ENVELOPE_BYTES) } });
    expect(reply.status).toBe(413);
    expect(errorCode(reply)).toBe('TOO_LARGE');
  });

  it('refuses a streamed body over 2 MiB with 413', async () => {
    const body = JSON.stringify({ input: { name: 'x', purpose: 'konsultasi', notes: 'x'.repeat(MAX_ENVELOPE_BYTES) } });
    const reply = await request({
      method: 'POST',
      path: '/api/guests.register',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN },
      body,
      chunked: true,
    });
    expect(reply.status).toBe(413);
    expect(errorCode(reply)).toBe('TOO_LARGE');
  });

  it('refuses invalid JSON with 400', async () => {
    const reply = await request({
      method: 'POST',
      path: '/api/app.info',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN },
      body: '{"input": ',
    });
    expect(reply.status).toBe(400);
    expect(errorCode(reply)).toBe('BAD_REQUEST');
    expect(JSON.parse(reply.body).error.message).toBe('Permintaan bukan JSON yang sah.');
  });

  it('answers an unknown call with 200 and UNKNOWN_CALL', async () => {
    const reply = await call('guests.hapusSemua', { input: {} });
    expect(reply.status).toBe(200);
    expect(errorCode(reply)).toBe('UNKNOWN_CALL');
  });

  it('only accepts POST for calls', async () => {
    const reply = await request({ path: '/api/app.info', headers: { [TOKEN_HEADER]: TOKEN } });
    expect(reply.status).toBe(405);
  });

  it('serves index.html with a strict Content-Security-Policy', async () => {
    const reply = await request({ path: '/' });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe(INDEX_HTML);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'");
    expect(reply.headers['content-security-policy']).not.toContain('unsafe-eval');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves the renderer\'s files and falls back to index.html for app routes', async () => {
    const script = await request({ path: '/assets/app.js' });
    expect(script.body).toBe('console.log("meja");');
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await request({ path: '/buku-tamu?tanggal=2026-11-23' })).body).toBe(INDEX_HTML);
  });

  it('does not serve files outside the renderer folder', async () => {
    for (const p of ['/..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd', '/../../etc/passwd', '/..%5c..%5cetc%5cpasswd']) {
      const reply = await request({ path: p });
      expect(reply.body, p).not.toMatch(/root:.*:0:0:/);
      if (reply.status === 200) expect(reply.body, p).toBe(INDEX_HTML);
    }
    const secret = path.join(path.dirname(rendererDir), `${path.basename(rendererDir)}-rahasia.txt`);
    fs.writeFileSync(secret, 'RAHASIA');
    try {
      const reply = await request({ path: `/..%2f${encodeURIComponent(path.basename(secret))}` });
      expect(reply.body).not.toContain('RAHASIA');
    } finally {
      fs.rmSync(secret, { force: true });
    }
  });

  it('never sends CORS headers', async () => {
    // One of each kind of answer, plus every answer the other tests received.
    await call('app.info', { input: {} }, { origin: 'http://evil.example' });
    await call('app.info', { input: {} }, { origin: host.origin });
    await call('app.info', { input: {} }, { [TOKEN_HEADER]: 'salah' });
    await request({ method: 'OPTIONS', path: '/api/app.info', headers: { origin: host.origin, 'access-control-request-method': 'POST' } });
    await request({ path: '/' });
    expect(replies.length).toBeGreaterThanOrEqual(5);
    for (const reply of replies) {
      expect(reply.headers['access-control-allow-origin']).toBeUndefined();
      expect(reply.headers['access-control-allow-credentials']).toBeUndefined();
    }
  });
});
