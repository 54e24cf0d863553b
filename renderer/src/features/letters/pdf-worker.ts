// The worker of pdf.js as a worker entry of our own: Vite bundles it into dist/ as a
// plain .js file served from our origin, which the CSP's script-src 'self' (the fallback
// of worker-src) allows and both hosts serve with a JavaScript MIME type; pdf.js's own
// .mjs file would be served as octet-stream and refused as a module worker.
import 'pdfjs-dist/build/pdf.worker.min.mjs';
