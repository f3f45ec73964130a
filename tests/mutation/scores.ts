/**
 * Mutation score per folder from the last `npm run test:mutation` report, as a Markdown table
 * for the README. Score = detected / (detected + survived + no coverage), as Stryker counts it.
 */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';

interface Mutant {
  status: string;
  statusReason?: string;
}
interface Report {
  files: Record<string, { mutants: Mutant[] }>;
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

const path = process.argv[2] ?? 'reports/mutation/mutation.json';
const report = JSON.parse(readFileSync(path, 'utf8')) as Report;

interface Row {
  detected: number;
  undetected: number;
  /** Static mutants, when the run left them out. */
  skipped: number;
  /** Marked equivalent with a `Stryker disable` comment. */
  equivalent: number;
}

const folders = new Map<string, Row>();
for (const [file, { mutants }] of Object.entries(report.files)) {
  const folder = dirname(file);
  const row = folders.get(folder) ?? { detected: 0, undetected: 0, skipped: 0, equivalent: 0 };
  for (const mutant of mutants) {
    if (DETECTED.has(mutant.status)) row.detected++;
    else if (UNDETECTED.has(mutant.status)) row.undetected++;
    else if (mutant.status !== 'Ignored') continue;
    else if (/static/i.test(mutant.statusReason ?? '')) row.skipped++;
    else row.equivalent++;
  }
  folders.set(folder, row);
}

const lines = [
  '| folder | mutants | detected | not detected | score | marked equivalent | static, not run |',
  '| --- | --- | --- | --- | --- | --- | --- |',
];
const all: Row = { detected: 0, undetected: 0, skipped: 0, equivalent: 0 };
const line = (name: string, row: Row) => {
  const total = row.detected + row.undetected;
  const score = total === 0 ? '—' : `${((100 * row.detected) / total).toFixed(1)}%`;
  return `| ${name} | ${total} | ${row.detected} | ${row.undetected} | ${score} | ${row.equivalent} | ${row.skipped} |`;
};
for (const [folder, row] of [...folders].sort(([a], [b]) => a.localeCompare(b))) {
  lines.push(line(`\`${folder}\``, row));
  for (const key of Object.keys(all) as (keyof Row)[]) all[key] += row[key];
}
lines.push(line('all', all));
process.stdout.write(`${lines.join('\n')}\n`);
