import type { AnyExtension } from '@tiptap/core';
import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { TechnicalInput } from '../api/inputs.ts';
import { useLiveCollection } from '../data/useLiveCollection.ts';
import type { FeatureLayer, LayerContext } from '../editor/layers/featureLayer.ts';
import { useMe } from '../hooks/session.tsx';
import { InputBridge } from './inputBridge.ts';
import { createInputCards } from './inputCards.ts';
import { draftOf, isDirtyDraft, newInputDraft, type InputDraft } from './inputDraft.ts';
import { InputPanel } from './InputPanel.tsx';
import { inputSource, NO_INPUTS } from './inputSource.ts';
import { ALL_INPUTS, type InputFilters, type InputLayerModel } from './layerState.ts';
import { useInputLink } from './useInputLink.ts';
import './inputs.css';

const AGENCY_ROLES: readonly string[] = ['agency-lead', 'agency-contributor'];
const NO_COUNTS: Record<string, number> = {};

/**
 * Technical inputs to an issue brief: cards under their paragraphs in the agency's colour, the margin button
 * and the form that submits one, and the Inputs tab. On the compact the layer has no panel and draws nothing.
 */
export function useInputLayer({ document, showPanel }: LayerContext): FeatureLayer {
  const me = useMe();
  const isBrief = document.kind === 'brief';
  const canSubmit = isBrief && document.stage === 'circulated' && AGENCY_ROLES.includes(me.role);
  const live = useLiveCollection(isBrief ? inputSource(document.id) : NO_INPUTS);
  const [bridge] = useState(() => new InputBridge());
  const extensions = useMemo<AnyExtension[]>(() => [createInputCards(bridge)], [bridge]);
  const [filters, setFilters] = useState<InputFilters>(ALL_INPUTS);
  const [focus, setFocus] = useState<{ id: string; at: number } | null>(null);
  const [draft, setDraft] = useState<InputDraft | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const openDraft = useCallback(
    (next: InputDraft) => {
      setDraft((current) => {
        if (current && isDirtyDraft(current) && !window.confirm('Discard the input you have not sent yet?')) return current;
        return next;
      });
      showPanel();
    },
    [showPanel],
  );
  const openSubmit = useCallback((pid?: string) => openDraft(newInputDraft(pid ?? firstBlockPid(document) ?? '')), [openDraft, document]);
  const openEdit = useCallback((input: TechnicalInput) => openDraft(draftOf(input)), [openDraft]);

  const focusInput = useCallback(
    (id: string) => {
      setFocus({ id, at: Date.now() });
      setNotice(null);
      showPanel();
    },
    [showPanel],
  );

  const openLinked = useCallback(
    (input: TechnicalInput) => {
      focusInput(input.id);
      bridge.reveal(input.pid);
    },
    [focusInput, bridge],
  );
  const linkedMissing = useCallback(() => {
    setNotice('That input is no longer available to you.');
    showPanel();
  }, [showPanel]);
  useInputLink({ inputs: live.items, loaded: isBrief && live.loaded, open: openLinked, missing: linkedMissing, showAll: showPanel });

  useEffect(() => {
    bridge.setHandlers({ submit: openSubmit, focus: (id) => focusInput(id) });
  }, [bridge, openSubmit, focusInput]);

  const pending = useMemo(() => live.items.filter((input) => input.status === 'submitted'), [live.items]);
  useEffect(() => {
    bridge.publish({ enabled: isBrief, inputs: pending, canSubmit, focusedId: focus?.id ?? null });
  }, [bridge, isBrief, pending, canSubmit, focus]);

  const counts = useMemo(() => {
    if (!isBrief) return NO_COUNTS;
    const byPid: Record<string, number> = {};
    for (const input of pending) byPid[input.pid] = (byPid[input.pid] ?? 0) + 1;
    return byPid;
  }, [isBrief, pending]);

  if (!isBrief) return { extensions, counts };

  const model: InputLayerModel = {
    documentId: document.id,
    canSubmit,
    inputs: live.items,
    loaded: live.loaded,
    error: live.error?.message ?? null,
    reload: () => void live.collection.load(),
    replace: (input) => live.collection.put(input),
    filters,
    setFilters,
    focus,
    focusInput,
    notice,
    dismissNotice: () => setNotice(null),
    draft,
    setDraft,
    openSubmit,
    openEdit,
    reveal: (pid) => bridge.reveal(pid),
    blockTypeOf: (pid) => bridge.typeOf(pid),
  };
  const panel = (editor: Editor) => <InputPanel editor={editor} model={model} />;
  return { extensions, counts, panel };
}

function firstBlockPid(document: LayerContext['document']): string | undefined {
  return document.paragraphs.find((paragraph) => paragraph.pid)?.pid;
}
