import { useCallback, useMemo, useState } from 'react';
import type { DocumentDetail } from '../api/types.ts';
import { DraftingDesk } from '../editor/DraftingDesk.tsx';
import { useFeatureLayers } from '../editor/layers/useFeatureLayers.ts';
import { useMe } from '../hooks/session.tsx';
import { useCollaboration } from '../hooks/useCollaboration.ts';
import { useConnectionStatus } from '../hooks/useConnectionStatus.ts';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { useFirstSync } from '../hooks/useFirstSync.ts';
import { usePresence, type PresenceUser } from '../hooks/usePresence.ts';
import { useUnsentWarning } from '../hooks/useUnsentWarning.ts';
import { usePermissions } from '../hooks/usePermissions.ts';
import { stakeholderColor } from '../lib/stakeholderColor.ts';
import { ConnectionStatus } from './ConnectionStatus.tsx';
import { DocumentHeader } from './DocumentHeader.tsx';
import { PresenceBar } from './PresenceBar.tsx';
import { StateMessage } from './StateMessage.tsx';
import { DocumentSidebar } from './DocumentSidebar.tsx';
import { usePanelLayout } from '../layout/usePanelLayout.ts';
import { PresentLink } from '../presentation/PresentLink.tsx';
import { useDocumentNumbering } from '../editor/numbering.ts';
import { SilencePanel } from '../silence/SilencePanel.tsx';

interface Props {
  document: DocumentDetail;
}

/** One document, live: who is here, whether we are connected, and the text. */
export function DraftingRoom({ document }: Props) {
  const me = useMe();
  const may = usePermissions(document);
  useDocumentNumbering(document.numbering);
  const live = useCollaboration(document.id);
  const status = useConnectionStatus(live);
  const presence = usePresence(live?.provider.awareness);
  const synced = useFirstSync(live?.provider);
  useUnsentWarning(status.unsent);
  useDocumentTitle(document.title);
  const [desk, setDesk] = useState<HTMLElement | null>(null);
  const panels = usePanelLayout(me.user.id, desk);
  const { show: showPanel } = panels;
  const layers = useFeatureLayers(
    document,
    useCallback(() => showPanel('aside'), [showPanel]),
  );

  const user = useMemo<PresenceUser>(
    () => ({
      userId: me.user.id,
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
      <SilencePanel document={document} />
      <div className="room-bar">
        <PresenceBar groups={presence} />
        <PresentLink document={document} />
        <ConnectionStatus status={status} />
      </div>
      {live?.refusedChange && (
        <p className="refused-change" role="alert">
          Your last change could not be saved and was undone: {live.refusedChange} The text shown is the server's.
        </p>
      )}
      {live && synced ? (
        <DraftingDesk
          live={live}
          kind={document.kind}
          canEdit={may('edit-text') && !document.adoptedAt && !document.underSilenceUntil}
          user={user}
          panels={panels}
          deskRef={setDesk}
          counts={layers.counts}
          extensions={layers.extensions}
          aside={(editor) => <DocumentSidebar editor={editor} {...layers.sidebar} />}
        />
      ) : (
        <StateMessage kind={status.state === 'offline' ? 'error' : 'loading'}>
          {status.state === 'offline' ? `The live text cannot be reached. ${status.refusal ?? 'Retrying…'}` : 'Loading the live text…'}
        </StateMessage>
      )}
    </div>
  );
}
