/**
 * What a paste from a word processor holds, read from its HTML before the editor's parser sees it: the parser
 * knows only the document's paragraphs, so it glues table cells together and turns list items into numbered
 * paragraphs without a word. Links need nothing here: the parser keeps their text and drops the address.
 */
export type PastedBlock =
  { kind: 'row'; cells: string[] } | { kind: 'item'; level: 1 | 2; content: Element } | { kind: 'paragraph'; content: Element };

export interface PastedStructure {
  blocks: PastedBlock[];
  hasTable: boolean;
  hasList: boolean;
}

const BLOCK_TAGS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE']);

function cellText(cell: Element): string {
  return (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Word writes list items as paragraphs styled `mso-list: l0 level2 lfo1`, their bullet in a `mso-list:Ignore` span. */
function wordListLevel(element: Element): 1 | 2 | null {
  const style = element.getAttribute('style') ?? '';
  const match = /mso-list:\s*l\d+\s+level(\d)/i.exec(style);
  if (!match) return null;
  return Number(match[1]) >= 2 ? 2 : 1;
}

function readList(list: Element, level: 1 | 2, blocks: PastedBlock[]): void {
  for (const child of Array.from(list.children)) {
    if (child.tagName === 'UL' || child.tagName === 'OL') {
      readList(child, 2, blocks);
      continue;
    }
    if (child.tagName !== 'LI') continue;
    const nested = Array.from(child.children).filter((c) => c.tagName === 'UL' || c.tagName === 'OL');
    const content = child.cloneNode(true) as Element;
    content.querySelectorAll(':scope > ul, :scope > ol').forEach((n) => n.remove());
    if (cellText(content) !== '') blocks.push({ kind: 'item', level, content });
    for (const inner of nested) readList(inner, 2, blocks);
  }
}

function readTable(table: Element, blocks: PastedBlock[]): void {
  for (const row of Array.from(table.querySelectorAll('tr'))) {
    if (row.closest('table') !== table) continue;
    const cells = Array.from(row.children)
      .filter((cell) => cell.tagName === 'TD' || cell.tagName === 'TH')
      .map(cellText);
    if (cells.some((cell) => cell !== '')) blocks.push({ kind: 'row', cells });
  }
}

function read(container: Element, structure: PastedStructure): void {
  let loose: Element | null = null;
  const flushLoose = () => {
    if (loose && cellText(loose) !== '') structure.blocks.push({ kind: 'paragraph', content: loose });
    loose = null;
  };
  for (const node of Array.from(container.childNodes)) {
    if (
      node.nodeType === Node.TEXT_NODE ||
      (node instanceof Element &&
        !BLOCK_TAGS.has(node.tagName) &&
        !['TABLE', 'UL', 'OL'].includes(node.tagName) &&
        !node.querySelector('table, ul, ol, p, div'))
    ) {
      loose ??= container.ownerDocument.createElement('p');
      loose.appendChild(node.cloneNode(true));
      continue;
    }
    flushLoose();
    if (!(node instanceof Element)) continue;
    if (node.tagName === 'TABLE') {
      structure.hasTable = true;
      readTable(node, structure.blocks);
    } else if (node.tagName === 'UL' || node.tagName === 'OL') {
      structure.hasList = true;
      readList(node, 1, structure.blocks);
    } else if (wordListLevel(node) !== null) {
      structure.hasList = true;
      const content = node.cloneNode(true) as Element;
      content.querySelectorAll('[style*="mso-list:Ignore" i], [style*="mso-list: Ignore" i]').forEach((n) => n.remove());
      if (cellText(content) !== '') structure.blocks.push({ kind: 'item', level: wordListLevel(node)!, content });
    } else if (node.querySelector('table, ul, ol, p, div')) {
      read(node, structure);
    } else if (cellText(node) !== '') {
      structure.blocks.push({ kind: 'paragraph', content: node });
    }
  }
  flushLoose();
}

/** The blocks of pasted HTML when it holds a table or a list; `null` when the editor's own parser is right. */
export function readPastedStructure(html: string): PastedStructure | null {
  if (!/<(table|ul|ol)\b|mso-list/i.test(html)) return null;
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  const structure: PastedStructure = { blocks: [], hasTable: false, hasList: false };
  read(body, structure);
  return structure.hasTable || structure.hasList ? structure : null;
}
