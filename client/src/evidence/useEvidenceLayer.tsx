import type { AnyExtension } from '@tiptap/core';
import { canLinkEvidenceFrom } from '@plenary/shared/permissions/index';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useLiveCollection } from '../data/useLiveCollection.ts';
import type { FeatureLayer, LayerContext } from '../editor/layers/featureLayer.ts';
import { useMe } from '../hooks/session.tsx';
import { removeEvidenceLink, type EvidenceLink } from './api.ts';
import { EvidenceBridge } from './evidenceBridge.ts';
import { createEvidenceMargin } from './evidenceMargin.ts';
import { evidenceMarks, ownPid } from './evidenceMarks.ts';
import { pidInHash } from './evidencePath.ts';
import { EvidencePanel, type EvidencePanelModel } from './EvidencePanel.tsx';
import { evidenceSource } from './evidenceSource.ts';
import { LinkEvidenceDialog } from './LinkEvidenceDialog.tsx';
import './evidence.css';

/**
 * Evidence linked to the compact: "Evidence (n)" on linked compact paragraphs, "Cited by OP5" on brief
 * paragraphs, both opening the Evidence tab with the links, each one click from the other text; "Link
 * evidence…" for who may link; and the jump to the paragraph an address names (`#pid=…`).
 */
export function useEvidenceLayer({ document, showPanel }: LayerContext): FeatureLayer {
  const [bridge] = useState(() => new EvidenceBridge());
  const extensions = useMemo<AnyExtension[]>(() => [createEvidenceMargin(bridge)], [bridge]);
  const collection = useLiveCollection(evidenceSource(document.id));
  const me = useMe();
  const canLink = canLinkEvidenceFrom({ role: me.role, stakeholderId: me.stakeholder.id }, document);
  const [pid, setPid] = useState<string | null>(null);
  const [linking, setLinking] = useState<string | null>(null);
  const { hash } = useLocation();
  const navigate = useNavigate();
  // The address's paragraph is revealed once; the same address again (after the reader scrolled on) does nothing.
  const [revealedHash, setRevealedHash] = useState<string | null>(null);
  const revealPid = hash === revealedHash ? null : pidInHash(hash);

  const startLink = useCallback(
    (target: string) => {
      setPid(target);
      setLinking(target);
      showPanel();
    },
    [showPanel],
  );

  useEffect(() => {
    bridge.setHandlers({
      open: (target) => {
        setPid(target);
        showPanel();
      },
      go: (href) => void navigate(href),
      link: startLink,
      revealed: () => setRevealedHash(hash),
    });
  }, [bridge, showPanel, navigate, startLink, hash]);

  const links = collection.items;
  const marks = useMemo(() => evidenceMarks(links, document.kind), [links, document.kind]);
  useEffect(() => bridge.publish({ marks, canLink, revealPid }), [bridge, marks, canLink, revealPid]);

  const labelOf = (target: string) => {
    const fromLink = links.find((link) => ownPid(link, document.kind) === target);
    const label = fromLink ? (document.kind === 'compact' ? fromLink.compact : fromLink.brief).paragraphLabel : undefined;
    return label ?? (document.paragraphs.find((p) => p.pid === target)?.number || 'this paragraph');
  };

  const remove = async (link: EvidenceLink) => {
    await removeEvidenceLink(link.id);
    collection.collection.remove(link.id);
  };

  const model: EvidencePanelModel = {
    kind: document.kind,
    links,
    loaded: collection.loaded,
    pid,
    labelOf,
    canLink,
    startLink,
    remove,
    showAll: () => setPid(null),
  };
  const panel = () => (
    <>
      <EvidencePanel model={model} />
      {linking && (
        <LinkEvidenceDialog
          document={document}
          pid={linking}
          label={labelOf(linking)}
          onLinked={(link) => {
            collection.collection.put(link);
            setLinking(null);
          }}
          onCancel={() => setLinking(null)}
        />
      )}
    </>
  );
  return { extensions, counts: NO_COUNTS, panel };
}

const NO_COUNTS: Record<string, number> = {};
