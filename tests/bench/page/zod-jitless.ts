/**
 * Imported first by page bundles that validate with zod. The extension's pages forbid eval, so
 * the zod in them validates without compiling checkers. The protocol call that injects a bundle
 * allows eval while its synchronous part runs, and zod decides when each schema is built, so
 * this must run before any schema module: otherwise the bench would get a faster zod than the
 * extension has, and then fail once eval is refused again.
 */
import { config } from 'zod';

config({ jitless: true });
