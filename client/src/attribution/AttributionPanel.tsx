import type { Editor } from '@tiptap/react';
import { useEffect, useId, useRef } from 'react';
import { revealParagraph } from '../editor/paragraphSpotlight.ts';
import { useParagraphs } from '../proposals/useParagraphs.ts';
import { ParagraphWriters } from './ParagraphWriters.tsx';

export interface AttributionPanelModel {
  documentId: string;
  /** The paragraph shown: the one chosen here, or the one the caret went to last. */
  pid: string | null;
  setPid: (pid: string) => void;
  /** Set when the margin button opened the panel: the heading takes the keyboard focus. */
  focusAt: number | null;
}

interface Props {
  editor: Editor;
  model: AttributionPanelModel;
}

/** The "Who wrote this" tab: a paragraph picker, then that paragraph's words by writer. */
export function AttributionPanel({ editor, model }: Props) {
  const paragraphs = useParagraphs(editor);
  const numbered = [...paragraphs.values()].filter((p) => p.label).sort((a, b) => a.order - b.order);
  const shown = model.pid ? paragraphs.get(model.pid) : undefined;
  const label = shown?.label || 'This paragraph';
  const heading = useRef<HTMLHeadingElement>(null);
  const pickerId = useId();

  useEffect(() => {
    if (model.focusAt) heading.current?.focus();
  }, [model.focusAt]);

  // The text follows the picker as the picker follows the caret; the keyboard stays on the picker.
  const choose = (pid: string) => {
    model.setPid(pid);
    revealParagraph(editor, pid, { focus: false });
  };

  return (
    <div className="attribution-panel" data-testid="attribution-panel">
      <p className="attribution-panel__picker">
        <label htmlFor={pickerId}>Paragraph</label>
        <select id={pickerId} value={model.pid ?? ''} onChange={(event) => choose(event.target.value)} data-testid="attribution-paragraph">
          {!shown && <option value="">{model.pid ? 'No longer in the text' : 'Choose a paragraph…'}</option>}
          {numbered.map((p) => (
            <option key={p.pid} value={p.pid}>
              {p.label}
            </option>
          ))}
        </select>
      </p>
      {model.pid ? (
        <>
          <h2 className="attribution-panel__heading" ref={heading} tabIndex={-1} data-testid="attribution-heading">
            Who wrote {shown?.label || 'this paragraph'}
          </h2>
          <ParagraphWriters key={model.pid} documentId={model.documentId} pid={model.pid} label={label} liveText={shown?.text} />
          <p className="attribution-panel__note">
            Words that came in through an accepted proposal belong to the delegation that tabled it; words from an incorporated technical
            input, to the agency that contributed it; words typed by a pen-holder, to the pen-holder.
          </p>
        </>
      ) : (
        <p className="attribution-panel__hint">Click a paragraph, or choose one above, to see who wrote its words.</p>
      )}
    </div>
  );
}
