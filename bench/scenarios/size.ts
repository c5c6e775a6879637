import type { ScenarioResult } from '../report.ts';

export default async function run(): Promise<ScenarioResult> {
  throw new Error('not built');
}
