import type { ReactNode } from 'react';

interface Props {
  kind: 'loading' | 'error' | 'empty';
  children: ReactNode;
  action?: { label: string; onClick: () => void };
}

/** The one way a page says "loading", "nothing here" or "something went wrong". */
export function StateMessage({ kind, children, action }: Props) {
  return (
    <div
      className={`state-message state-message--${kind}`}
      role={kind === 'error' ? 'alert' : 'status'}
      aria-busy={kind === 'loading' || undefined}
      data-testid={`state-${kind}`}
    >
      {kind === 'loading' && <span className="spinner" aria-hidden="true" />}
      <p>{children}</p>
      {action && (
        <button type="button" className="button" onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </div>
  );
}
