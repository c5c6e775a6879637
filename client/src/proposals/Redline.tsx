import { splitEdges } from '@plenary/shared/compilation/index';
import type { DiffOp } from '@plenary/shared/diff/index';
import type { CSSProperties } from 'react';

interface Props {
  ops: readonly DiffOp[];
  /** The stakeholder colour of the insertions and deletions. */
  color?: string;
  className?: string;
  testId?: string;
}

/** A word-level redline: deletions struck through, insertions underlined, in the stakeholder's colour. */
export function Redline({ ops, color, className = 'redline', testId }: Props) {
  return (
    <p className={className} style={color ? ({ '--stakeholder': color } as CSSProperties) : undefined} data-testid={testId}>
      {ops.map((op, index) => {
        if (op.op === 'equal') return <span key={index}>{op.text}</span>;
        const { lead, core, trail } = splitEdges(op.text);
        return (
          <span key={index}>
            {lead}
            {op.op === 'insert' ? <ins>{core}</ins> : <del>{core}</del>}
            {trail}
          </span>
        );
      })}
    </p>
  );
}
