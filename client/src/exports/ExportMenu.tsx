import { useState } from 'react';
import { useMenuButton } from '../hooks/useMenuButton.ts';
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
  const { open, setOpen, root, button, menuId, onButtonClick, onButtonKeyDown, onMenuKeyDown } = useMenuButton();
  const [pickingRevisions, setPickingRevisions] = useState(false);
  const exports = useExportDownload();

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
        onClick={onButtonClick}
        onKeyDown={onButtonKeyDown}
      >
        {exports.busy ? 'Preparing the file…' : 'Export'} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="export-menu__panel" role="menu" id={menuId} aria-label="Export" onKeyDown={onMenuKeyDown}>
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
