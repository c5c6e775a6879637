import type { ScenarioResult } from '../report.ts';

// eslint-disable-next-line @typescript-eslint/require-await -- the signature every scenario shares
export default async function run(): Promise<ScenarioResult> {
  throw new Error('not built');
}
