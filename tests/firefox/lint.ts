/**
 * `npm run lint:firefox`: builds the Firefox add-on and runs Mozilla's linter (web-ext lint) on
 * it. Errors fail; so does any warning not listed here with the reason it is accepted, so a new
 * kind of warning is looked at rather than scrolled past.
 */
import { execFileSync } from 'node:child_process';

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

/** Warnings from library code the add-on ships, each with why it is safe. */
const ACCEPTED: readonly { code: string; file: RegExp; why: string }[] = [
  {
    code: 'DANGEROUS_EVAL',
    // Workers are bundled apart (assets/*.worker-*.js) and set the same jitless config first.
    file: /^(background\.js|chunks\/.+\.js|assets\/[\w-]+\.worker-[\w-]+\.js)$/,
    why: 'zod probes whether `new Function` is allowed; it is not called (jitless, lib/api/zod-config.ts)',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^chunks\/jsx-runtime-.+\.js$/,
    why: "React's dangerouslySetInnerHTML support; no component uses it (eslint forbids it)",
  },
];

const output = execFileSync(
  'npx',
  ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--output', 'json'],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
);
const report = JSON.parse(output) as { errors: LintMessage[]; warnings: LintMessage[] };
const unexpected = report.warnings.filter(
  (warning) => !ACCEPTED.some((ok) => ok.code === warning.code && ok.file.test(warning.file ?? '')),
);
for (const problem of [...report.errors, ...unexpected]) {
  console.error(`${problem.code} ${problem.file ?? ''}: ${problem.message}`);
}
const accepted = report.warnings.length - unexpected.length;
console.error(
  `web-ext lint: ${report.errors.length} errors, ${unexpected.length} new warnings, ${accepted} accepted`,
);
if (report.errors.length > 0 || unexpected.length > 0) process.exit(1);
