import type { AnyExtension } from '@tiptap/core';
import type { ParagraphStatus } from '@plenary/shared/domain/index';
import { useEffect, useMemo, useState } from 'react';
import { BracketedText } from './bracketDecorations.ts';
import { StatusBridge } from './statusBridge.ts';
import { createStatusMargin } from './statusMargin.ts';
import { useParagraphStatuses, type ParagraphStatuses } from './useParagraphStatuses.ts';

/**
 * Statuses and brackets for a read-only text (the room's screen): badges that are marks, not buttons, and the
 * bracketed words styled. `extensions` is the same array for the life of the document.
 */
export function useStatusMarks(documentId: string): { extensions: AnyExtension[]; statuses: ParagraphStatuses } {
  const [bridge] = useState(() => new StatusBridge());
  const extensions = useMemo<AnyExtension[]>(() => [createStatusMargin(bridge, { interactive: false }), BracketedText], [bridge]);
  const statuses = useParagraphStatuses(documentId);
  useEffect(() => {
    const byPid = new Map<string, ParagraphStatus>();
    for (const entry of statuses.byPid.values()) if (entry.status !== 'open') byPid.set(entry.pid, entry.status);
    bridge.publish({ statuses: byPid, canSet: false, shownPid: null });
  }, [bridge, statuses.byPid]);
  return { extensions, statuses };
}
