import { useCallback, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useDismiss } from '../hooks/useDismiss.ts';
import { EXPORT_CHOICES, EXPORT_GROUPS, exportPath, redlinePath } from './exportFormats.ts';
import { RedlineExportDialog } from './RedlineExportDialog.tsx';
import { useExportDownload } from './useExportDownload.ts';
import './exports.css';

const REDLINE = 'docx-redline';

/**
 * The document's exports, in a menu button (WAI-ARIA): Word, PDF, Akoma Ntoso and Markdown, and the Word
 * redline between two revisions. The file is fetched while the button says so, then saved; a refusal from
 * the server is shown under the menu.
 */
export function ExportMenu({ documentId }: { documentId: string }) {
  const [open, setOpen] = useState(false);
  const [pickingRevisions, setPickingRevisions] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const exports = useExportDownload();
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, root);

  const menuItems = () => [...(root.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? [])];

  function openWithFocus(which: 'first' | 'last') {
    setOpen(true);
    requestAnimationFrame(() => {
      const items = menuItems();
      (which === 'first' ? items[0] : items.at(-1))?.focus();
    });
  }

  function moveWithKeys(event: KeyboardEvent<HTMLDivElement>) {
    const items = menuItems();
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    const targets: Record<string, HTMLButtonElement | undefined> = {
      ArrowDown: items[(index + 1) % items.length],
      ArrowUp: items[(index - 1 + items.length) % items.length],
      Home: items[0],
      End: items.at(-1),
    };
    if (event.key === 'Escape' || event.key === 'Tab') {
      if (event.key === 'Escape') {
        event.preventDefault();
        button.current?.focus();
      }
      setOpen(false);
      return;
    }
    const target = targets[event.key];
    if (!target) return;
    event.preventDefault();
    target.focus();
  }

  function choose(id: string, path: string, fallbackName: string) {
    setOpen(false);
    button.current?.focus();
    void exports.download(id, path, fallbackName);
  }

  return (
    <div className="export-menu" ref={root} data-testid="export-menu">
      <button
        ref={button}
        type="button"
        className="export-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-busy={exports.busy !== null}
        disabled={exports.busy !== null}
        data-testid="export-button"
        onClick={(event) => {
          if (open) setOpen(false);
          // A click from the keyboard (Enter, Space) carries no pointer detail: take focus into the menu.
          else if (event.detail === 0) openWithFocus('first');
          else setOpen(true);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            openWithFocus(event.key === 'ArrowDown' ? 'first' : 'last');
          }
        }}
      >
        {exports.busy ? 'Preparing the file…' : 'Export'} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="export-menu__panel" role="menu" id={menuId} aria-label="Export" onKeyDown={moveWithKeys}>
          {EXPORT_GROUPS.map((group) => (
            <div key={group} role="group" aria-label={group} className="export-menu__group">
              <p className="export-menu__group-name" aria-hidden="true">
                {group}
              </p>
              {EXPORT_CHOICES.filter((choice) => choice.group === group).map((choice) => (
                <button
                  key={choice.id}
                  type="button"
                  role="menuitem"
                  className="export-menu__item"
                  data-testid={`export-${choice.id}`}
                  onClick={() => choose(choice.id, exportPath(documentId, choice.file), choice.fallbackName)}
                >
                  {group === 'Other formats' ? choice.label : `${group}: ${choice.label.toLowerCase()}`}
                </button>
              ))}
              {group === 'Word' && (
                <button
                  type="button"
                  role="menuitem"
                  className="export-menu__item"
                  data-testid={`export-${REDLINE}`}
                  onClick={() => {
                    setOpen(false);
                    setPickingRevisions(true);
                  }}
                >
                  Word: redline between revisions…
                </button>
              )}
            </div>
          ))}
        </div>
      )}
      {pickingRevisions && (
        <RedlineExportDialog
          documentId={documentId}
          onCancel={() => {
            setPickingRevisions(false);
            button.current?.focus();
          }}
          onPick={(from, to) => {
            setPickingRevisions(false);
            choose(REDLINE, redlinePath(documentId, from, to), 'redline.docx');
          }}
        />
      )}
      <p className="export-menu__status" role="status" data-testid="export-status">
        {exports.busy ? 'Preparing the export…' : exports.saved ? `Saved ${exports.saved}` : ''}
      </p>
      {exports.error && (
        <p className="export-menu__error" role="alert" data-testid="export-error">
          Not exported: {exports.error}
        </p>
      )}
    </div>
  );
}
