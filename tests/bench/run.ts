/**
 * `npm run bench [-- --quick] [--only=1,3] [--out=file.json] [--build=dir]`
 *
 * Runs every figure in this process, one after the other (never two at once: they would time
 * each other), prints a Markdown table and writes the full results as JSON. A full run writes
 * tests/bench/results.json; a quick run (small sizes, for a check in under a minute) writes to
 * the temp directory so it never replaces the published figures. A missed goal is reported, not
 * failed: only a figure that cannot run makes the exit code non-zero.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freezeBuild, lazyExtension, removeFrozenBuild } from './browser';
import type { FigureResult, FigureRun } from './figure';
import { batchesTabFigure } from './figures/batches-tab';
import { bundleSizeFigure } from './figures/bundle-size';
import { extractionFigure } from './figures/extraction';
import { importFigure } from './figures/import';
import { injectionFigure } from './figures/injection';
import { liveCheckFigure } from './figures/live-check';
import { pageGeometryFigure } from './figures/page-geometry';
import { pasteLongTaskFigure } from './figures/paste-long-task';
import { pasteToPanelFigure } from './figures/paste-to-panel';
import { popupOpenFigure } from './figures/popup-open';
import { teamFirstSyncFigure } from './figures/team-first-sync';
import { teamPropagationFigure } from './figures/team-propagation';
import { machineInfo, machineLine } from './machine';
import { notesList, resultsTable, verdictOf } from './table';

/** The shared Chromium profiles a figure uses, started together before the first figure. */
type Profile = 'extension' | 'emptyInventory';

const FIGURES: readonly { id: string; name: string; run: FigureRun; profiles: Profile[] }[] = [
  { id: '1', name: 'extraction', run: extractionFigure, profiles: ['extension'] },
  { id: '2', name: 'import', run: importFigure, profiles: ['extension'] },
  { id: '3', name: 'paste to panel', run: pasteToPanelFigure, profiles: ['extension'] },
  {
    id: '4',
    name: 'popup open',
    run: popupOpenFigure,
    profiles: ['extension', 'emptyInventory'],
  },
  { id: '5', name: 'bundle size', run: bundleSizeFigure, profiles: [] },
  { id: '5c', name: 'injection cost', run: injectionFigure, profiles: ['extension'] },
  { id: '6', name: 'live check', run: liveCheckFigure, profiles: [] },
  { id: '7', name: 'team edit propagation', run: teamPropagationFigure, profiles: [] },
  { id: '8', name: 'team first sync', run: teamFirstSyncFigure, profiles: [] },
  { id: '9', name: 'page geometry', run: pageGeometryFigure, profiles: ['extension'] },
  { id: '10', name: 'paste long tasks', run: pasteLongTaskFigure, profiles: ['extension'] },
  {
    id: '11',
    name: 'batches tab',
    run: batchesTabFigure,
    profiles: ['extension', 'emptyInventory'],
  },
];

interface Args {
  quick: boolean;
  only?: Set<string>;
  out: string;
  /** An unpacked build to measure instead of .output/chrome-mv3. */
  build?: string;
}

function parseArgs(argv: readonly string[]): Args {
  const quick = argv.includes('--quick');
  const value = (name: string) =>
    argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const only = value('only');
  const here = path.dirname(fileURLToPath(import.meta.url));
  const out =
    value('out') ??
    (quick
      ? path.join(tmpdir(), 'spark-preflight-bench-quick.json')
      : path.join(here, 'results.json'));
  return { quick, only: only ? new Set(only.split(',')) : undefined, out, build: value('build') };
}

const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const machine = machineInfo();
  const startedAt = Date.now();
  const buildDir = freezeBuild(args.build ? path.resolve(args.build) : undefined);
  const extension = lazyExtension(buildDir);
  const emptyInventory = lazyExtension(buildDir);
  const results: FigureResult[] = [];
  const failures: { id: string; error: string }[] = [];
  log(`Bench (${args.quick ? 'quick' : 'full'}) on ${machine.cpuModel}, ${machine.cores} cores`);
  try {
    // Both shared profiles start together, before anything is timed: a launch is mostly waiting.
    const chosen = FIGURES.filter((figure) => !args.only || args.only.has(figure.id));
    const uses = (profile: Profile) => chosen.some((figure) => figure.profiles.includes(profile));
    await Promise.all([
      uses('extension') && extension.get(),
      uses('emptyInventory') && emptyInventory.get(),
    ]);
    for (const figure of chosen) {
      log(`${figure.id}. ${figure.name}`);
      const figureStart = Date.now();
      try {
        results.push(
          ...(await figure.run({ quick: args.quick, buildDir, extension, emptyInventory, log })),
        );
        // What each figure costs, so the quick run's minute can be kept.
        log(`   ${figure.id} took ${((Date.now() - figureStart) / 1000).toFixed(1)} s`);
      } catch (error) {
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        failures.push({ id: figure.id, error: message });
        log(`   failed: ${message}`);
      }
    }
  } finally {
    await Promise.all([extension.close(), emptyInventory.close()]);
    removeFrozenBuild(buildDir);
  }

  const durationSeconds = Math.round((Date.now() - startedAt) / 1000);
  const report = {
    mode: args.quick ? 'quick' : 'full',
    machine,
    machineLine: machineLine(machine, durationSeconds),
    durationSeconds,
    figures: results.map((figure) => ({ ...figure, result: verdictOf(figure) })),
    failures,
  };
  writeFileSync(args.out, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`\n${resultsTable(results)}\n\n${notesList(results)}\n\n`);
  process.stdout.write(
    `${report.machineLine}. Results: ${path.relative(process.cwd(), args.out) || args.out}\n`,
  );
  for (const failure of failures) process.stdout.write(`Figure ${failure.id} failed to run.\n`);
  return failures.length > 0 ? 1 : 0;
}

process.exitCode = await main();
