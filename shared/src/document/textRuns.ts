import { TEXT_MARKS, type TextMark, type TextRun } from './model.ts';

const known = new Set<string>(TEXT_MARKS);

/**
 * The model's marks among a source's mark names, in the model's order. The ProseMirror binding of Yjs
 * stores overlapping marks of one type as `name--hash`, so the suffix is dropped; unknown marks are left out.
 */
export function modelMarks(names: Iterable<string>): TextMark[] {
  const present = new Set<string>();
  for (const name of names) {
    const base = name.split('--')[0]!;
    if (known.has(base)) present.add(base);
  }
  return TEXT_MARKS.filter((mark) => present.has(mark));
}

/** Collects runs in order, joining neighbours with the same marks and skipping empty text. */
export class TextRunCollector {
  readonly runs: TextRun[] = [];

  add(text: string, markNames: Iterable<string>): void {
    if (!text) return;
    const marks = modelMarks(markNames);
    const last = this.runs[this.runs.length - 1];
    if (last && sameMarks(last.marks, marks)) last.text += text;
    else this.runs.push({ text, marks });
  }

  get text(): string {
    return this.runs.map((run) => run.text).join('');
  }
}

function sameMarks(a: readonly TextMark[], b: readonly TextMark[]): boolean {
  return a.length === b.length && a.every((mark, i) => mark === b[i]);
}
