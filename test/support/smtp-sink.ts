import net from 'node:net';
import { StringDecoder } from 'node:string_decoder';

/**
 * A minimal SMTP server on node:net for tests: it speaks enough of RFC 5321 (EHLO/HELO,
 * AUTH PLAIN and LOGIN, MAIL, RCPT, DATA with dot-unstuffing, RSET, NOOP, QUIT) for
 * nodemailer to deliver a real message over a real socket, and keeps what it received so
 * a test can read the message back, attachments included. No TLS: the server does not
 * offer STARTTLS, so the client sends in clear, as to an office relay on the LAN.
 */

export interface SinkMessage {
  from: string;
  to: string[];
  /** The message as received (headers and body), dot-unstuffed, CRLF line ends. */
  raw: string;
  /** Credentials given with AUTH, if any. */
  auth: { user: string; pass: string } | null;
  /** The id the sink answered "250 … queued as <id>" with. */
  queueId: string;
}

export interface MimePart {
  headers: Record<string, string>;
  /** The decoded body (base64 and quoted-printable undone). */
  body: Buffer;
}

export interface SmtpSink {
  port: number;
  messages: SinkMessage[];
  /** Answer every RCPT with this error instead of accepting it (e.g. "550 5.1.1 Mailbox unavailable"). */
  rejectRecipients: string | null;
  close(): Promise<void>;
}

const unfold = (headerBlock: string) => headerBlock.replace(/\r\n[ \t]+/g, ' ');

function parseHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of unfold(block).split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

function decode(body: string, encoding: string | undefined): Buffer {
  const enc = (encoding ?? '').toLowerCase();
  if (enc === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64');
  if (enc === 'quoted-printable') {
    const text = body.replace(/=\r\n/g, '');
    return Buffer.from(text.replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
  }
  return Buffer.from(body, 'utf8');
}

/** The leaf parts of a MIME message (multipart bodies walked recursively). */
export function mimeParts(raw: string): MimePart[] {
  const split = raw.indexOf('\r\n\r\n');
  const headers = parseHeaders(split < 0 ? raw : raw.slice(0, split));
  const body = split < 0 ? '' : raw.slice(split + 4);
  const boundary = /boundary="?([^";]+)"?/i.exec(headers['content-type'] ?? '')?.[1];
  if (!boundary) return [{ headers, body: decode(body, headers['content-transfer-encoding']) }];
  return body
    .split(`--${boundary}`)
    .slice(1)
    .filter((chunk) => !chunk.startsWith('--'))
    .flatMap((chunk) => mimeParts(chunk.replace(/^\r\n/, '').replace(/\r\n$/, '')));
}

/** Starts the sink on a free loopback port. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: SinkMessage[] = [];
  const sockets = new Set<net.Socket>();
  let counter = 0;
  const sink: SmtpSink = { port: 0, messages, rejectRecipients: null, close: async () => undefined };

  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let buffer = '';
    // A chunk may end inside a multi-byte character; the decoder keeps the rest for the next one.
    const decoder = new StringDecoder('utf8');
    let mode: 'command' | 'data' | 'auth-user' | 'auth-pass' = 'command';
    let envelope: { from: string; to: string[]; data: string[] } = { from: '', to: [], data: [] };
    let auth: SinkMessage['auth'] = null;
    let pendingUser = '';
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 smtp-sink.test ESMTP siap');

    const onLine = (line: string) => {
      if (mode === 'data') {
        if (line === '.') {
          const queueId = `SINK${++counter}`;
          messages.push({ from: envelope.from, to: envelope.to, raw: envelope.data.join('\r\n'), auth, queueId });
          envelope = { from: '', to: [], data: [] };
          mode = 'command';
          reply(`250 2.0.0 Ok: queued as ${queueId}`);
        } else envelope.data.push(line.startsWith('..') ? line.slice(1) : line);
        return;
      }
      if (mode === 'auth-user') {
        pendingUser = Buffer.from(line, 'base64').toString('utf8');
        mode = 'auth-pass';
        reply('334 UGFzc3dvcmQ6');
        return;
      }
      if (mode === 'auth-pass') {
        auth = { user: pendingUser, pass: Buffer.from(line, 'base64').toString('utf8') };
        mode = 'command';
        reply('235 2.7.0 Authentication successful');
        return;
      }
      const [verb = '', ...rest] = line.split(' ');
      const arg = rest.join(' ');
      switch (verb.toUpperCase()) {
        case 'EHLO':
          socket.write('250-smtp-sink.test\r\n250-AUTH PLAIN LOGIN\r\n250-8BITMIME\r\n250 SIZE 26214400\r\n');
          return;
        case 'HELO':
          return reply('250 smtp-sink.test');
        case 'AUTH': {
          const [method = '', initial] = arg.split(' ');
          if (method.toUpperCase() === 'PLAIN' && initial) {
            const [, user = '', pass = ''] = Buffer.from(initial, 'base64').toString('utf8').split('\u0000');
            auth = { user, pass };
            return reply('235 2.7.0 Authentication successful');
          }
          if (method.toUpperCase() === 'LOGIN') {
            mode = 'auth-user';
            return reply('334 VXNlcm5hbWU6');
          }
          return reply('504 5.5.4 Unrecognized authentication type');
        }
        case 'MAIL':
          envelope.from = /<([^>]*)>/.exec(arg)?.[1] ?? '';
          return reply('250 2.1.0 Ok');
        case 'RCPT':
          if (sink.rejectRecipients) return reply(sink.rejectRecipients);
          envelope.to.push(/<([^>]*)>/.exec(arg)?.[1] ?? '');
          return reply('250 2.1.5 Ok');
        case 'DATA':
          mode = 'data';
          return reply('354 End data with <CR><LF>.<CR><LF>');
        case 'RSET':
          envelope = { from: '', to: [], data: [] };
          return reply('250 2.0.0 Ok');
        case 'NOOP':
          return reply('250 2.0.0 Ok');
        case 'QUIT':
          reply('221 2.0.0 Bye');
          socket.end();
          return;
        default:
          return reply('502 5.5.2 Command not recognized');
      }
    };

    socket.on('data', (chunk) => {
      buffer += decoder.write(chunk);
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        onLine(line);
      }
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  sink.port = (server.address() as net.AddressInfo).port;
  sink.close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  return sink;
}
