#!/usr/bin/env node
// `npm start`: runs the precompiled server bundle (dist/server/main.mjs), rebuilding it first when it
// is missing or older than any file under server/ or domain/ (esbuild, well under a second). Plain
// JavaScript on purpose: no tsx loader hooks at start, which were most of the cold start.
// Arguments pass through: `node scripts/start.mjs api|worker|migrate`.
import { pathToFileURL } from 'node:url';
import { ensureServerBuilt } from './build-server.mjs';

const bundle = await ensureServerBuilt((m) => console.log(`[kejiju] ${m}`));
// Stack traces name the .ts sources (linked source map), as under tsx.
process.setSourceMapsEnabled(true);
await import(pathToFileURL(bundle).href);
