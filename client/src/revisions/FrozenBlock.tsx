import type { ReactNode } from 'react';
import type { RevisionBlockResponse } from '@plenary/shared/api/index';

interface Props {
  block: RevisionBlockResponse;
  /** The number before this revision renumbered the paragraph ("11bis"). */
  was?: string;
  status?: string;
}

/** One block of a frozen text, numbered as it was: "13. (was 11bis)". */
export function FrozenBlock({ block, was, status }: Props) {
  const Tag = block.type === 'title' ? 'h2' : block.type.endsWith('Heading') ? 'h3' : 'p';
  return (
    <Tag
      className={`frozen-block frozen-block--${block.type}`}
      data-type={block.type}
      data-level={block.level ?? undefined}
      data-pid={block.pid ?? undefined}
      data-testid={block.number ? 'frozen-paragraph' : undefined}
      data-label={block.number ?? undefined}
    >
      {block.margin && (
        <span className="frozen-block__number">
          {block.margin}
          {was && <span className="frozen-block__was"> (was {was})</span>}
        </span>
      )}
      <span className="frozen-block__text">
        {block.runs.map((run, index) => {
          let text: ReactNode = run.text;
          if (run.marks.includes('italic')) text = <em>{text}</em>;
          if (run.marks.includes('bold')) text = <strong>{text}</strong>;
          return <span key={index}>{text}</span>;
        })}
      </span>
      {status && <span className="frozen-block__status">{status}</span>}
    </Tag>
  );
}
