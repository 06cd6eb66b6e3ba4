#!/usr/bin/env node
// The `navimpact` command. Plain JavaScript, so that an old Node can still read this file and
// explain itself instead of failing on the TypeScript it would import.
const [major, minor] = process.versions.node.split('.').map(Number);
// 22.18 is the first 22.x that strips TypeScript types without a flag.
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(
    `navimpact needs Node 22.18 or newer (this is ${process.versions.node}); run it through npm/npx in this repository, which use the Node 24 it installs.`,
  );
  process.exit(1);
}
// Node's compile cache keeps each module's stripped and compiled code on disk, so a run neither
// loads the TypeScript stripper (a WebAssembly compiler of some 15 MB in each thread that strips)
// nor compiles the ORM again. The seed's worker thread reads the directory from the environment.
const { enableCompileCache } = await import('node:module');
const { directory } = enableCompileCache();
if (directory) process.env.NODE_COMPILE_CACHE ??= directory;
await import('../src/main.ts');
