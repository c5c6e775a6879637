import { useId, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ZeroDraftBlock, ZeroDraftImportResponse } from '@plenary/shared/api/index';
import { modelFromProsemirrorJSON } from '@plenary/shared/document/index';
import { useMe } from '../hooks/session.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { StateMessage } from '../components/StateMessage.tsx';
import { confirmZeroDraftImport } from './importsApi.ts';
import { WordFilePicker } from './WordFilePicker.tsx';
import './imports.css';

type Row = Pick<ZeroDraftBlock, 'type' | 'text' | 'level' | 'typedNumber'> & { key: number };

const KINDS: { value: string; label: string; type: ZeroDraftBlock['type']; level: 1 | 2 | null }[] = [
  { value: 'sectionHeading', label: 'Heading', type: 'sectionHeading', level: null },
  { value: 'preambularParagraph', label: 'Preambular paragraph', type: 'preambularParagraph', level: null },
  { value: 'operativeParagraph', label: 'Operative paragraph', type: 'operativeParagraph', level: null },
  { value: 'subPoint-1', label: 'Sub-point (a)', type: 'subPoint', level: 1 },
  { value: 'subPoint-2', label: 'Sub-point (i)', type: 'subPoint', level: 2 },
];
const kindValue = (row: Pick<Row, 'type' | 'level'>) => (row.type === 'subPoint' ? `subPoint-${row.level ?? 1}` : row.type);

/** The numbers the platform will give the rows, computed by the same numbering as the drafting room. */
function platformNumbers(title: string, rows: readonly Row[]): (string | null)[] {
  const model = modelFromProsemirrorJSON({
    type: 'doc',
    content: [
      { type: 'title', content: [{ type: 'text', text: title || 'Title' }] },
      ...rows.map((row, i) => ({
        type: row.type,
        attrs: row.type === 'subPoint' ? { pid: `row${i}`, level: row.level ?? 1 } : { pid: `row${i}` },
        content: row.text ? [{ type: 'text', text: row.text }] : [],
      })),
    ],
  });
  return model.blocks.slice(1).map((block) => block.margin);
}

/**
 * The secretariat's zero draft from Word: upload, review the mapping the server read (each block's kind and
 * words, typed numbers dropped), correct it, and create the compact.
 */
export function ZeroDraftImportPage() {
  const me = useMe();
  useDocumentTitle('Import a zero draft');
  const navigate = useNavigate();
  const [importId, setImportId] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [rows, setRows] = useState<Row[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const numbers = useMemo(() => platformNumbers(title, rows), [title, rows]);

  if (me.role !== 'secretariat') return <StateMessage kind="error">Only the secretariat imports a zero draft.</StateMessage>;

  const read = (reading: ZeroDraftImportResponse) => {
    setImportId(reading.id);
    setTitle(reading.title);
    setRows(reading.blocks.map((block, key) => ({ ...block, key })));
  };
  const change = (key: number, patch: Partial<Row>) => setRows((all) => all.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const create = () => {
    if (!importId) return;
    setBusy(true);
    setError(null);
    confirmZeroDraftImport(importId, { title, blocks: rows.map(({ type, text, level }) => ({ type, text, level })) })
      .then((document) => void navigate(`/documents/${encodeURIComponent(document.id)}`))
      .catch((failure: Error) => setError(failure.message))
      .finally(() => setBusy(false));
  };

  return (
    <div className="page page--zero-draft">
      <header className="page-header">
        <p className="page-header__eyebrow">
          <Link to="/">All documents</Link>
        </p>
        <h1>Import a zero draft from Word</h1>
        <p className="page-header__lede">
          Headings, preambular and operative paragraphs and sub-points are recognised and their typed numbers dropped: the platform numbers
          the text. Check the mapping, correct it, then create the document.
        </p>
      </header>
      {!importId && <WordFilePicker<ZeroDraftImportResponse> path="/api/imports/zero-draft" label="Zero draft (.docx)" onRead={read} />}
      {importId && (
        <section aria-labelledby={titleId}>
          <p className="zero-draft__title">
            <label id={titleId} htmlFor={`${titleId}-input`}>
              Title
            </label>{' '}
            <input
              id={`${titleId}-input`}
              type="text"
              value={title}
              onChange={(event) => setTitle(event.target.value)}
              data-testid="zero-draft-title"
            />
          </p>
          <div className="zero-draft__scroll">
            <table className="zero-draft__table" data-testid="zero-draft-mapping">
              <thead>
                <tr>
                  <th scope="col">Number</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Words</th>
                  <th scope="col">In the file</th>
                  <th scope="col">
                    <span className="visually-hidden">Remove</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, index) => (
                  <tr key={row.key} data-testid="zero-draft-row">
                    <td data-testid="zero-draft-number">{numbers[index] ?? ''}</td>
                    <td>
                      <select
                        aria-label={`Kind of block ${index + 1}`}
                        value={kindValue(row)}
                        onChange={(event) => {
                          const kind = KINDS.find((k) => k.value === event.target.value)!;
                          change(row.key, { type: kind.type, level: kind.level });
                        }}
                        data-testid="zero-draft-kind"
                      >
                        {KINDS.map((kind) => (
                          <option key={kind.value} value={kind.value}>
                            {kind.label}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <input
                        type="text"
                        aria-label={`Words of block ${index + 1}`}
                        value={row.text}
                        onChange={(event) => change(row.key, { text: event.target.value })}
                      />
                    </td>
                    <td>{row.typedNumber ?? ''}</td>
                    <td>
                      <button
                        type="button"
                        className="button button--secondary"
                        aria-label={`Remove block ${index + 1}`}
                        onClick={() => setRows((all) => all.filter((r) => r.key !== row.key))}
                      >
                        Remove
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {error && (
            <p className="proposal-actions__error" role="alert" data-testid="zero-draft-error">
              Not created: {error}
            </p>
          )}
          <p>
            <button
              type="button"
              className="button button--primary"
              disabled={busy || rows.length === 0}
              onClick={create}
              data-testid="zero-draft-create"
            >
              Create the document
            </button>
          </p>
        </section>
      )}
    </div>
  );
}
