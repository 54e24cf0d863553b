import { defineConfig } from 'vite';

// The renderer is plain browser code; Vite 8's built-in transform handles TSX with the
// automatic React runtime, so no framework plugin is needed.
export default defineConfig({
  root: 'renderer',
  base: '/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: true,
  },
});
