#!/usr/bin/env node
// `npm run bench` prints a table of every benchmark; `npm run bench -- <name> --json` runs one
// and prints one JSON object of its figures.
import { register } from 'tsx/esm/api';

register();
await import('../bench/main.ts');
