/**
 * What every benchmark scenario reports: named figures, each with its unit and, where the issue sets one, the
 * reference measured in the same run and the goal. `report` prints them as a table and writes them as JSON to
 * `bench/results/<scenario>.json`, so a rerun can be compared with the last one.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Figure {
  /** What was measured, in words: "fan-out 200 readers, 10× typing: p99". */
  name: string;
  value: number;
  unit: 'ms' | 's' | 'MB' | 'KB' | '/s' | 'count' | '×';
  /** The same thing measured on a reference in the same run ("y-websocket relay"). */
  reference?: { name: string; value: number };
  /** The goal: at most `max` (in the figure's unit), or at most `ratio` times the reference. */
  goal?: { max?: number; ratio?: number };
}

export interface ScenarioResult {
  scenario: string;
  description: string;
  figures: Figure[];
}

const resultsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');

export function ratioOf(figure: Figure): number | undefined {
  return figure.reference && figure.reference.value > 0 ? figure.value / figure.reference.value : undefined;
}

/** Whether a figure meets its goal; undefined when it has none. */
export function meetsGoal(figure: Figure): boolean | undefined {
  if (!figure.goal) return undefined;
  const ratio = ratioOf(figure);
  if (figure.goal.max !== undefined && figure.value > figure.goal.max) return false;
  if (figure.goal.ratio !== undefined && ratio !== undefined && ratio > figure.goal.ratio) return false;
  return true;
}

const number = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2));

/** The result as a Markdown table, as the README's Performance section shows it. */
export function table(result: ScenarioResult): string {
  const lines = [
    `**${result.scenario}**: ${result.description}`,
    '',
    '| Figure | Plenary | Reference | Ratio | Goal | Met |',
    '|---|---|---|---|---|---|',
  ];
  for (const figure of result.figures) {
    const ratio = ratioOf(figure);
    const goal = [
      figure.goal?.max !== undefined ? `≤ ${number(figure.goal.max)} ${figure.unit}` : '',
      figure.goal?.ratio !== undefined ? `≤ ${figure.goal.ratio}× ref.` : '',
    ]
      .filter(Boolean)
      .join(', ');
    const met = meetsGoal(figure);
    lines.push(
      `| ${figure.name} | ${number(figure.value)} ${figure.unit} | ${
        figure.reference ? `${figure.reference.name}: ${number(figure.reference.value)} ${figure.unit}` : ''
      } | ${ratio === undefined ? '' : `${ratio.toFixed(2)}×`} | ${goal} | ${met === undefined ? '' : met ? 'yes' : '**no**'} |`,
    );
  }
  return lines.join('\n');
}

/** Prints the result and writes it to `bench/results/<scenario>.json`. */
export function report(result: ScenarioResult): void {
  console.log(`\n${table(result)}\n`);
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${result.scenario}.json`);
  const machine = {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? '',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
  fs.writeFileSync(file, `${JSON.stringify({ ...result, measuredAt: new Date().toISOString(), machine }, null, 2)}\n`);
}
