import { useCallback, useEffect, useRef, useState } from 'react';
import { getParticipants, type Participant, type Participants } from '../api/admin.ts';

interface ParticipantsState {
  data: Participants | null;
  error: Error | null;
  loading: boolean;
  reload: () => void;
  /** One person as an action answered: shown at once, without reading the whole list again. */
  replace: (participant: Participant) => void;
}

/** The process's people and invitations, read on opening and again after each change that adds or removes some. */
export function useParticipants(processId: string): ParticipantsState {
  const [data, setData] = useState<Participants | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [loading, setLoading] = useState(true);
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    const controller = new AbortController();
    const call = ++latest.current;
    getParticipants(processId, controller.signal)
      .then((answer) => {
        if (call !== latest.current) return;
        setData(answer);
        setError(null);
      })
      .catch((failure: unknown) => {
        if (controller.signal.aborted || call !== latest.current) return;
        setError(failure instanceof Error ? failure : new Error(String(failure)));
      })
      .finally(() => {
        if (call === latest.current) setLoading(false);
      });
    return () => controller.abort();
  }, [processId, attempt]);

  const reload = useCallback(() => {
    setLoading(true);
    setAttempt((n) => n + 1);
  }, []);
  const replace = useCallback((participant: Participant) => {
    setData(
      (current) =>
        current && { ...current, participants: current.participants.map((p) => (p.userId === participant.userId ? participant : p)) },
    );
  }, []);
  return { data, error, loading, reload, replace };
}
