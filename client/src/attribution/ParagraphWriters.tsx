import { useMemo, useState } from 'react';
import { ApiError } from '../api/http.ts';
import { StateMessage } from '../components/StateMessage.tsx';
import { AttributedText } from './AttributedText.tsx';
import { useParagraphAttribution } from './useParagraphAttribution.ts';
import { WritersLegend } from './WritersLegend.tsx';
import { writersOf } from './writers.ts';

interface Props {
  documentId: string;
  pid: string;
  /** "OP2". */
  label: string;
  /** The paragraph's text in the live editor; undefined once it is gone from the text. */
  liveText: string | undefined;
}

/** One paragraph's words in their writers' colours, with the legend, kept current as the text changes. */
export function ParagraphWriters({ documentId, pid, label, liveText }: Props) {
  const [attribution, reload] = useParagraphAttribution(documentId, pid, liveText);
  const [emphasised, setEmphasised] = useState<string | null>(null);
  const writers = useMemo(() => (attribution.status === 'ready' ? writersOf(attribution.runs, attribution.shortNames) : []), [attribution]);
  const byKey = useMemo(() => new Map(writers.map((writer) => [writer.key, writer])), [writers]);

  if (attribution.status === 'loading') return <StateMessage kind="loading">Reading who wrote {label}…</StateMessage>;
  if (attribution.status === 'error') {
    const gone = attribution.error instanceof ApiError && attribution.error.status === 404;
    return gone ? (
      <StateMessage kind="empty">{label} is no longer in the text.</StateMessage>
    ) : (
      <StateMessage kind="error" action={{ label: 'Try again', onClick: reload }}>
        Who wrote {label} could not be read. {attribution.error.message}
      </StateMessage>
    );
  }
  if (attribution.runs.length === 0) return <StateMessage kind="empty">{label} has no words yet.</StateMessage>;

  const picked = emphasised && byKey.has(emphasised) ? emphasised : null;
  return (
    <div className="attribution-writers" data-testid="attribution-writers" aria-busy={attribution.refreshing || undefined}>
      <AttributedText runs={attribution.runs} writers={byKey} emphasised={picked} />
      <WritersLegend label={label} writers={writers} emphasised={picked} onEmphasise={setEmphasised} />
      <p className="attribution-writers__updating" role="status" data-testid="attribution-updating">
        {attribution.refreshing ? 'Updating after the latest edits…' : ''}
      </p>
    </div>
  );
}
