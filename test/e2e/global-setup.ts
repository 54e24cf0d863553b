// The specs drive the built renderer, so build it (a few seconds) before any spec runs.
export default async function globalSetup(): Promise<void> {
  // @ts-expect-error — a plain .mjs build script without type declarations.
  const { buildAll } = await import('../../scripts/build.mjs');
  await buildAll({ quiet: true });
}
