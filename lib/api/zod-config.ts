import { z } from 'zod';

// zod compiles fast parsers with `new Function`, which an MV3 extension's CSP refuses (and
// Firefox's linter flags); the interpreter gives the same results without it.
z.config({ jitless: true });
