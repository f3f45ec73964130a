import type { FigureResult } from './figure';
import type { Summary } from './stats';

function amount(value: number, unit: string): string {
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`;
}

const times = (value: number) => `${value.toFixed(2)}×`;

function baselineText(figure: FigureResult): string {
  const value = typeof figure.baseline === 'number' ? figure.baseline : figure.baseline.median;
  return `${amount(value, figure.unit)} (${figure.baselineLabel})`;
}

function spreadText(ratio: Summary): string {
  if (ratio.n === 1) return 'exact';
  return `IQR ${times(ratio.q1)}–${times(ratio.q3)}, range ${times(ratio.min)}–${times(ratio.max)}, n=${ratio.n}`;
}

export type Verdict = 'pass' | 'miss' | 'info';

/** What results.json says of a figure, for scripts; the table shouts a miss. */
export function verdictOf(figure: FigureResult): Verdict {
  if (figure.pass === undefined) return 'info';
  return figure.pass ? 'pass' : 'miss';
}

function verdict(figure: FigureResult): string {
  const result = verdictOf(figure);
  return result === 'miss' ? 'MISS' : result;
}

/** A Markdown table, ready for the README's Performance section. */
export function resultsTable(figures: readonly FigureResult[]): string {
  const header = [
    '#',
    'Figure',
    'Measured (median)',
    'Baseline',
    'Ratio',
    'Goal',
    'Result',
    'Spread of ratio',
  ];
  const rows = figures.map((f) => [
    f.id,
    f.title,
    amount(f.measured.median, f.unit),
    baselineText(f),
    times(f.ratio.median),
    f.goal?.text ?? '—',
    verdict(f),
    spreadText(f.ratio),
  ]);
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function notesList(figures: readonly FigureResult[]): string {
  return figures.flatMap((f) => f.notes.map((note) => `- ${f.id}: ${note}`)).join('\n');
}
