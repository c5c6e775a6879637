/**
 * Export benchmark: the time of each text export (Akoma Ntoso, Markdown, PDF) of the demo compact through
 * the real server once it carries many pending proposals and comments, against reading the same document
 * and its proposals as JSON in the same run. Goal: every export under 2 s on the project's machine.
 */
import type { Figure, ScenarioResult } from '../report.ts';
import { ApiClient } from '../../test/support/api-client.ts';
import { startServerProcess, UNMETERED_LIMITS } from '../../test/support/server-process.ts';

const PROPOSALS = 100;
const COMMENTS = 200;
const SAMPLES = 5;
const DOC = 'gcm-compact';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

export default async function run(): Promise<ScenarioResult> {
  const server = await startServerProcess({ env: UNMETERED_LIMITS });
  try {
    const login = (who: string) => ApiClient.login(server.url, `${who}@demo.test`);
    const [eu, g77, canada, observer] = await Promise.all(['delegate.eu', 'delegate.g77', 'delegate.canada', 'observer'].map(login));
    const tablers = [eu!, g77!, canada!];
    const detail = await observer!.json<{ paragraphs: { pid: string; type: string; text: string }[] }>('GET', `/api/documents/${DOC}`);
    const paragraphs = detail.paragraphs.filter((p) => p.type !== 'sectionHeading');
    for (let i = 0; i < PROPOSALS; i++) {
      const target = paragraphs[i % paragraphs.length]!;
      const kind = ['amend', 'insert-after', 'alternative', 'delete'][i % 4]!;
      const text = kind === 'insert-after' ? `A new paragraph on cooperation, number ${i}.` : `${target.text} With adequate means (${i}).`;
      await tablers[i % 3]!.json('POST', `/api/documents/${DOC}/proposals`, {
        pid: target.pid,
        kind,
        ...(kind === 'delete' ? {} : { text }),
        justification: `Reason ${i}.`,
      });
    }
    for (let i = 0; i < COMMENTS; i++) {
      await tablers[i % 3]!.json('POST', `/api/documents/${DOC}/threads`, {
        pid: paragraphs[i % paragraphs.length]!.pid,
        visibility: i % 2 ? 'all' : 'delegation',
        body: `Comment ${i} on this paragraph.`,
      });
    }

    const timed = async (path: string) => {
      const start = performance.now();
      const response = await observer!.get(path);
      const bytes = (await response.arrayBuffer()).byteLength;
      if (!response.ok) throw new Error(`${path} → ${response.status}`);
      return { ms: performance.now() - start, bytes };
    };
    const subjects: [string, string[]][] = [
      ['reference: document + proposals as JSON', [`/api/documents/${DOC}`, `/api/documents/${DOC}/proposals`]],
      ['Akoma Ntoso XML', [`/api/documents/${DOC}/export.akn.xml`]],
      ['Markdown', [`/api/documents/${DOC}/export.md`]],
      ['Markdown compilation', [`/api/documents/${DOC}/export.md?proposals=compilation`]],
      ['PDF', [`/api/documents/${DOC}/export.pdf`]],
      ['PDF compilation', [`/api/documents/${DOC}/export.pdf?proposals=compilation`]],
    ];
    const results: { name: string; ms: number; bytes: number }[] = [];
    // The first PDF of a process parses the fonts (kept for every later export): timed on its own.
    results.push({ name: 'PDF, first after start', ...(await timed(`/api/documents/${DOC}/export.pdf`)) });
    for (const [name, paths] of subjects) {
      const times: number[] = [];
      let bytes = 0;
      for (let sample = 0; sample <= SAMPLES; sample++) {
        let ms = 0;
        bytes = 0;
        for (const path of paths) {
          const one = await timed(path);
          ms += one.ms;
          bytes += one.bytes;
        }
        if (sample > 0) times.push(ms);
      }
      results.push({ name, ms: median(times), bytes });
    }
    const reference = results.find((r) => r.name.startsWith('reference'))!;
    const figures: Figure[] = results
      .filter((r) => r !== reference)
      .map(({ name, ms, bytes }) => ({
        name: `${name} (${(bytes / 1024).toFixed(0)} KiB)`,
        value: ms,
        unit: 'ms',
        reference: { name: 'document + proposals as JSON', value: reference.ms },
        goal: { max: 2000 },
      }));
    return {
      scenario: 'export-formats',
      description: `the demo compact with ${PROPOSALS} pending proposals and ${COMMENTS} comments exported to Akoma Ntoso, Markdown and PDF; median of ${SAMPLES} after one warm-up`,
      figures,
    };
  } finally {
    await server.stop();
  }
}
