#!/usr/bin/env node
// Thin launcher: the CLI is TypeScript compiled to dist/ by `npm install` (the "prepare" script).
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
