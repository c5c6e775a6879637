import { rebasedText } from '@plenary/shared/compilation/index';
import type { AnyExtension } from '@tiptap/core';
import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Proposal } from '../api/proposals.ts';
import { useLiveCollection } from '../data/useLiveCollection.ts';
import type { FeatureLayer, LayerContext } from '../editor/layers/featureLayer.ts';
import { LayerBridge } from './layerBridge.ts';
import { isDirty, newDraft, type ProposalDraft, type ProposalFilters, type ProposalLayerModel } from './layerState.ts';
import { ProposalPanel } from './ProposalPanel.tsx';
import { isPending } from './proposalText.ts';
import { proposalSource } from './proposalSource.ts';
import { createTrackedChanges } from './trackedChanges.ts';
import { DecisionDeskContext } from './decisionDesk.ts';
import { useDecisionSelection } from './useDecisionSelection.ts';
import { useDeferredDecisions } from './useDeferredDecisions.ts';
import { useProposalLink } from './useProposalLink.ts';
import './proposals.css';
import './decisions.css';
import { usePermissions } from '../hooks/usePermissions.ts';
import { stageTakesProposals } from '@plenary/shared/permissions/index';
import { useParagraphStatuses } from '../statuses/useParagraphStatuses.ts';

/**
 * Proposals on this document: tracked changes in the text and the compilation panel. `showPanel` brings the
 * Proposals tab forward when the reader acts on a proposal in the text or follows a link to one.
 */
export function useProposalLayer({ document, showPanel }: LayerContext): FeatureLayer {
  // An adopted text is final and a text under silence frozen: no proposal on it.
  const canTable =
    usePermissions(document)('table-proposal') && stageTakesProposals(document.stage) && !document.adoptedAt && !document.underSilenceUntil;
  const live = useLiveCollection(proposalSource(document.id));
  const agreedPids = useParagraphStatuses(document.id).locked;
  const [bridge] = useState(() => new LayerBridge());
  const extensions = useMemo<AnyExtension[]>(() => [createTrackedChanges(bridge)], [bridge]);
  const [filters, setFilters] = useState<ProposalFilters>({ hidden: new Set(), clean: false });
  const [activePid, setActivePid] = useState<string | null>(null);
  const [scope, setScope] = useState<'paragraph' | 'all'>('all');
  const [focus, setFocus] = useState<{ id: string; at: number } | null>(null);
  const [draft, setDraft] = useState<ProposalDraft | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const decisions = useDeferredDecisions((proposal) => live.collection.put(proposal));
  const selection = useDecisionSelection();

  const activate = useCallback((pid: string | null) => {
    setActivePid(pid);
    if (pid) setScope('paragraph');
  }, []);

  const openDraft = useCallback(
    (next: ProposalDraft) => {
      setDraft((current) => {
        if (current && isDirty(current) && !window.confirm('Discard the proposal you have not tabled yet?')) return current;
        return next;
      });
      activate(next.pid);
      showPanel();
    },
    [activate, showPanel],
  );

  const propose = useCallback((pid: string) => openDraft(newDraft(pid, bridge.textOf(pid) ?? '')), [bridge, openDraft]);

  const retable = useCallback(
    (proposal: Proposal) => {
      const current = bridge.textOf(proposal.pid) ?? '';
      const text = rebasedText(proposal, current) ?? proposal.text ?? current;
      openDraft({
        ...newDraft(proposal.pid, current),
        kind: proposal.kind,
        text,
        justification: proposal.justification,
        retable: { proposalId: proposal.id, label: proposal.paragraphLabel ?? proposal.label },
      });
    },
    [bridge, openDraft],
  );

  const focusProposal = useCallback(
    (id: string, pid?: string) => {
      if (pid) activate(pid);
      setFocus({ id, at: Date.now() });
      setNotice(null);
      showPanel();
    },
    [activate, showPanel],
  );

  const openLinked = useCallback(
    (proposal: Proposal) => {
      focusProposal(proposal.id, proposal.pid);
      bridge.reveal(proposal.pid);
    },
    [focusProposal, bridge],
  );
  const linkedMissing = useCallback(() => {
    setNotice('That proposal is no longer available to you.');
    showPanel();
  }, [showPanel]);
  useProposalLink({ proposals: live.items, loaded: live.loaded, open: openLinked, missing: linkedMissing });

  useEffect(() => {
    bridge.setHandlers({ propose, focus: focusProposal, activate });
  }, [bridge, propose, focusProposal, activate]);

  const pending = useMemo(() => live.items.filter(isPending), [live.items]);
  useEffect(() => {
    bridge.publish({
      proposals: pending,
      hidden: filters.hidden,
      clean: filters.clean,
      activePid,
      focusedId: focus?.id ?? null,
      canTable,
      agreedPids,
    });
  }, [bridge, pending, filters, activePid, focus, canTable, agreedPids]);

  const counts = useMemo(() => {
    const byPid: Record<string, number> = {};
    for (const proposal of pending) byPid[proposal.pid] = (byPid[proposal.pid] ?? 0) + 1;
    return byPid;
  }, [pending]);

  const model: ProposalLayerModel = {
    documentId: document.id,
    canTable,
    agreedPids,
    proposals: live.items,
    loaded: live.loaded,
    error: live.error?.message ?? null,
    reload: () => void live.collection.load(),
    replace: (proposal) => live.collection.put(proposal),
    decisions,
    selection,
    filters,
    setFilters,
    activePid,
    setActivePid: activate,
    scope,
    setScope,
    focus,
    focusProposal,
    notice,
    dismissNotice: () => setNotice(null),
    draft,
    setDraft,
    propose,
    retable,
  };
  const panel = (editor: Editor) => (
    <DecisionDeskContext.Provider value={{ decisions, selection }}>
      <ProposalPanel editor={editor} model={model} />
    </DecisionDeskContext.Provider>
  );
  return { extensions, counts, panel };
}
