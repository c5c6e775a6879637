import { useEffect, useRef, useState } from 'react';
import type { Me } from '../api/types.ts';
import { useSession } from '../hooks/session.tsx';
import './cardList.css';

interface Props {
  me: Me;
  /** Offer to work in another process from here (the home page); without it the list only informs. */
  switchable?: boolean;
}

/**
 * The processes the person takes part in, with their capacity in each and the one this device works in
 * marked. Switching makes the whole app follow: documents, and every control that depends on the capacity.
 */
export function ProcessList({ me, switchable = false }: Props) {
  const { switchProcess } = useSession();
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [switched, setSwitched] = useState<{ processId: string; title: string } | null>(null);
  const list = useRef<HTMLUListElement>(null);

  // The button pressed is gone with the switch: the process now current takes the focus.
  useEffect(() => {
    if (switched) list.current?.querySelector<HTMLElement>(`[data-process-id="${CSS.escape(switched.processId)}"]`)?.focus();
  }, [switched]);

  async function handleSwitch(processId: string, title: string) {
    setPending(processId);
    setError(null);
    setSwitched(null);
    try {
      await switchProcess(processId);
      setSwitched({ processId, title });
    } catch (failure) {
      setError(`Could not switch: ${failure instanceof Error ? failure.message : String(failure)}`);
    } finally {
      setPending(null);
    }
  }

  return (
    <>
      <ul className="process-list" ref={list} data-testid="process-list">
        {me.processes.map((process) => {
          const current = process.id === me.process.id;
          return (
            <li
              key={process.id}
              className={`process-list__item${current ? ' process-list__item--current' : ''}`}
              aria-current={current ? 'true' : undefined}
              tabIndex={-1}
              data-testid="process-list-item"
              data-process-id={process.id}
              data-current={current}
            >
              <div className="process-list__main">
                <p className="process-list__title">
                  {process.title}
                  {current && <span className="process-list__badge">Current</span>}
                </p>
                <p className="process-list__capacity" data-testid="process-capacity">
                  {process.stakeholder.name} · {process.roleLabel}
                </p>
              </div>
              {switchable && !current && (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => void handleSwitch(process.id, process.title)}
                  disabled={pending !== null}
                  aria-label={`Work in ${process.title}`}
                  data-testid="process-switch"
                >
                  {pending === process.id ? 'Switching…' : 'Work in this process'}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <p className="process-list__status" role="status">
        {switched && `You now work in ${switched.title}.`}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
