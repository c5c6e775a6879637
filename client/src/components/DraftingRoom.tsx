import { useMemo } from 'react';
import type { DocumentDetail } from '../api/types.ts';
import { DraftingDesk } from '../editor/DraftingDesk.tsx';
import { useMe } from '../hooks/session.tsx';
import { useCollaboration } from '../hooks/useCollaboration.ts';
import { useConnectionStatus } from '../hooks/useConnectionStatus.ts';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { useFirstSync } from '../hooks/useFirstSync.ts';
import { usePresence, type PresenceUser } from '../hooks/usePresence.ts';
import { useUnsentWarning } from '../hooks/useUnsentWarning.ts';
import { stakeholderColor } from '../lib/stakeholderColor.ts';
import { ConnectionStatus } from './ConnectionStatus.tsx';
import type { ParagraphCounts } from './Outline.tsx';
import { DocumentHeader } from './DocumentHeader.tsx';
import { PresenceBar } from './PresenceBar.tsx';
import { StateMessage } from './StateMessage.tsx';

interface Props {
  document: DocumentDetail;
  /** Per-paragraph counts shown in the outline (e.g. pending proposals), keyed by pid. */
  paragraphCounts?: ParagraphCounts;
}

/** One document, live: who is here, whether we are connected, and the text. */
export function DraftingRoom({ document, paragraphCounts }: Props) {
  const me = useMe();
  const live = useCollaboration(document.id);
  const status = useConnectionStatus(live);
  const presence = usePresence(live?.provider.awareness);
  const synced = useFirstSync(live?.provider);
  useUnsentWarning(status.unsent);
  useDocumentTitle(document.title);

  const user = useMemo<PresenceUser>(
    () => ({
      name: me.user.name,
      stakeholder: me.stakeholder.shortName,
      color: stakeholderColor(me.stakeholder.shortName),
      role: me.roleLabel,
    }),
    [me],
  );

  return (
    <div className="drafting-room">
      <DocumentHeader document={document} />
      <div className="room-bar">
        <PresenceBar groups={presence} />
        <ConnectionStatus status={status} />
      </div>
      {live && synced ? (
        <DraftingDesk live={live} kind={document.kind} canEdit={document.canEdit} user={user} counts={paragraphCounts} />
      ) : (
        <StateMessage kind={status.state === 'offline' ? 'error' : 'loading'}>
          {status.state === 'offline'
            ? `The live text cannot be reached. ${status.refusal ?? 'Retrying…'}`
            : 'Loading the live text…'}
        </StateMessage>
      )}
    </div>
  );
}
