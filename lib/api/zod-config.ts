import { config } from 'zod/v4/core';

// zod compiles fast parsers with `new Function`, which an MV3 extension's CSP refuses (and
// Firefox's linter flags); the interpreter gives the same results without it. The setting lives
// in zod's core, shared by full zod and zod/mini, so the light content script sets it too.
config({ jitless: true });
