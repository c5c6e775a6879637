import type { CSSProperties } from 'react';
import type { ChangeAttributionResponse, ComparedBlockResponse, ComparedSegmentResponse } from '@plenary/shared/api/index';
import { isNumberedType } from '@plenary/shared/schema/nodeNames';
import { originColor, originLabel } from './origins.ts';

interface Props {
  block: ComparedBlockResponse;
  shortNames: ReadonlyMap<string, string>;
}

const CHANGE_LABELS: Partial<Record<ComparedBlockResponse['change'], string>> = {
  new: 'New paragraph',
  deleted: 'Deleted paragraph',
  moved: 'Moved',
};

/** "OP13 (was 11bis)", "OP4 (new)", "OP6 (deleted)": the paragraph's number in the later text, and before. */
export function numberLabel(block: ComparedBlockResponse): string | null {
  const { fromNumber, toNumber } = block;
  if (!toNumber) return fromNumber;
  if (!fromNumber || fromNumber === toNumber) return toNumber;
  return `${toNumber} (was ${fromNumber.replace(/^(OP|PP)/, (prefix) => (toNumber.startsWith(prefix) ? '' : prefix))})`;
}

/** One paragraph of the redline: insertions underlined, deletions struck, each change naming where it came from. */
export function ComparedParagraph({ block, shortNames }: Props) {
  const number = numberLabel(block);
  const badge = CHANGE_LABELS[block.change];
  // The title and section headings read as headings; everything numbered as paragraphs.
  const heading = !isNumberedType(block.type);
  const Tag = heading ? 'h2' : 'p';
  return (
    <section
      className={`compared compared--${block.change}${block.type === 'subPoint' ? ` compared--level-${block.level ?? 1}` : ''}`}
      data-testid="compared-paragraph"
      data-pid={block.pid ?? ''}
      data-change={block.change}
    >
      {(number || badge) && (
        <div className="compared__margin">
          {number && (
            <span className="compared__number" data-testid="compared-number">
              {number}
            </span>
          )}
          {badge && (
            <span
              className={`compared__badge compared__badge--${block.change}`}
              title={block.attribution ? originLabel(block.attribution) : undefined}
            >
              {badge}
              {block.attribution && <span className="visually-hidden">, by {originLabel(block.attribution)}</span>}
            </span>
          )}
        </div>
      )}
      <Tag className={heading ? 'compared__heading' : 'compared__text'}>
        {block.segments.map((segment, i) => (
          <Segment key={i} segment={segment} shortNames={shortNames} />
        ))}
      </Tag>
    </section>
  );
}

function Segment({ segment, shortNames }: { segment: ComparedSegmentResponse; shortNames: ReadonlyMap<string, string> }) {
  if (segment.op === 'equal') return <>{segment.text}</>;
  const Change = segment.op === 'insert' ? 'ins' : 'del';
  const by = segment.attribution;
  return (
    <Change
      className="compared__change"
      tabIndex={0}
      style={by ? ({ '--stakeholder': originColor(by, shortNames) } as CSSProperties) : undefined}
      data-testid="compared-change"
      data-stakeholder-id={by?.stakeholderId ?? ''}
    >
      {segment.text}
      <Attribution op={segment.op} by={by} />
    </Change>
  );
}

/** Shown on hover and focus; read out as part of the change. */
function Attribution({ op, by }: { op: 'insert' | 'delete'; by: ChangeAttributionResponse | undefined }) {
  return (
    <span className="compared__by" role="note" data-testid="compared-by">
      {op === 'insert' ? ' Inserted' : ' Deleted'}
      {by ? ` by ${originLabel(by)}` : ', origin unknown'}
    </span>
  );
}
