/**
 * `npm run bench:team [-- --quick] [--out=file.json]`: the team server's figures alone. They
 * need no browser or extension build, so they run without the rest of `npm run bench`, which
 * also includes them. Prints the same Markdown table and writes JSON like the full bench.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FigureResult } from './figure';
import { teamFirstSyncFigure } from './figures/team-first-sync';
import { teamPropagationFigure } from './figures/team-propagation';
import { machineInfo } from './machine';
import { notesList, resultsTable } from './table';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const out =
  argv.find((arg) => arg.startsWith('--out='))?.slice('--out='.length) ??
  path.join(tmpdir(), `spark-preflight-bench-team${quick ? '-quick' : ''}.json`);
const log = (line: string) => process.stderr.write(`${line}\n`);

const figures: FigureResult[] = [];
for (const run of [teamPropagationFigure, teamFirstSyncFigure]) {
  figures.push(...(await run({ quick, log })));
}
writeFileSync(
  out,
  `${JSON.stringify({ mode: quick ? 'quick' : 'full', machine: machineInfo(), figures }, null, 2)}\n`,
);
process.stdout.write(`\n${resultsTable(figures)}\n\n${notesList(figures)}\n\nResults: ${out}\n`);
