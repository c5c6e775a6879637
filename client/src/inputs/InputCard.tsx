import { INPUT_TYPE_LABELS } from '@plenary/shared/domain/index';
import { diffWords } from '@plenary/shared/diff/index';
import { useEffect, useRef, type CSSProperties } from 'react';
import type { TechnicalInput } from '../api/inputs.ts';
import { stakeholderColor } from '../lib/stakeholderColor.ts';
import { Redline } from '../proposals/Redline.tsx';
import type { LiveParagraph } from '../proposals/useParagraphs.ts';
import { InputActions } from './InputActions.tsx';
import { InputEvidence } from './InputEvidence.tsx';
import { decisionLine, inputChip, inputStatusLabel, inputWhat } from './inputText.ts';
import type { InputLayerModel } from './layerState.ts';
import { scrollIntoPanel } from '../components/scrollIntoPanel.ts';

interface Props {
  input: TechnicalInput;
  paragraph: LiveParagraph | undefined;
  /** Set when the input was just chosen in the text or a link: bring the card into view. */
  focusAt: number | null;
  model: InputLayerModel;
}

/** One input in the tab: the agency, what it offers and where, its evidence, the outcome, and what the reader may do. */
export function InputCard({ input, paragraph, focusAt, model }: Props) {
  const ref = useRef<HTMLElement>(null);
  const color = stakeholderColor(input.agency.shortName);
  const outcome = decisionLine(input);
  const against = input.placement === 'against' && input.status === 'submitted' && paragraph;

  useEffect(() => {
    if (focusAt === null || !ref.current) return;
    scrollIntoPanel(ref.current);
    ref.current.focus({ preventScroll: true });
  }, [focusAt]);

  return (
    <article
      ref={ref}
      tabIndex={-1}
      className={`input-card input-card--${input.status}${focusAt !== null ? ' is-focused' : ''}`}
      style={{ '--stakeholder': color } as CSSProperties}
      data-testid="input-card"
      data-input-id={input.id}
      data-status={input.status}
      aria-label={`${inputChip(input)}: ${inputWhat(input)}, ${inputStatusLabel(input)}`}
    >
      <header className="input-card__head">
        <span className="input-card__chip">{inputChip(input)}</span>
        <span className="input-card__kind">
          {INPUT_TYPE_LABELS[input.type]}
          {input.paragraphLabel ? ` · ${input.placement === 'against' ? 'on' : 'after'} ${input.paragraphLabel}` : ''}
        </span>
        <span className={`input-card__status input-card__status--${input.status}`} data-testid="input-status">
          {inputStatusLabel(input)}
        </span>
      </header>
      <p className="input-card__byline">
        {input.author.name} ({input.agency.name}){input.edits > 0 ? `, edited ${input.edits === 1 ? 'once' : `${input.edits} times`}` : ''}
        {paragraph && (
          <>
            {' · '}
            <button type="button" className="link-button" onClick={() => model.reveal(input.pid)} data-testid="input-reveal">
              Show {input.paragraphLabel ?? 'the paragraph'} in the text
            </button>
          </>
        )}
      </p>
      {against ? (
        <Redline ops={diffWords(paragraph.text, input.text)} color={color} className="redline input-card__text" testId="input-text" />
      ) : (
        <p className="input-card__text" data-testid="input-text">
          {input.text}
        </p>
      )}
      {input.rationale && <blockquote className="input-card__rationale">{input.rationale}</blockquote>}
      <InputEvidence input={input} />
      {outcome && (
        <p className="input-card__decision" data-testid="input-decision">
          {outcome}
        </p>
      )}
      {input.status === 'incorporated-with-edit' && input.decision?.incorporatedText && (
        <div className="input-card__revised">
          <span className="input-card__revised-title">As it entered the brief</span>
          <Redline ops={diffWords(input.text, input.decision.incorporatedText)} color={color} testId="input-revised-text" />
        </div>
      )}
      <InputActions input={input} paragraph={paragraph} model={model} />
    </article>
  );
}
