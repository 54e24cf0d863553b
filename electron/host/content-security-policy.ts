/**
 * The renderer's Content-Security-Policy, one text for Electron and the browser host:
 * only our own scripts and styles, no eval, no remote anything. `blob:`/`data:` are for
 * PDF previews and the office logo the clerk picks.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
