import type { DocumentKind, Role, StakeholderKind } from '@plenary/shared/domain/index';

export interface User {
  id: string;
  email: string;
  name: string;
}

export interface Stakeholder {
  id: string;
  name: string;
  shortName: string;
  kind: StakeholderKind;
}

/** The signed-in person and the capacity in which they act. */
export interface Me {
  user: User;
  stakeholder: Stakeholder;
  role: Role;
  roleLabel: string;
  /** e.g. "Jane Doe — European Union — delegate" */
  capacity: string;
  process: { id: string; title: string };
  /** Groups the stakeholder is a member of (a French delegate: the European Union). */
  groups: Stakeholder[];
}

export interface DocumentSummary {
  id: string;
  kind: DocumentKind;
  title: string;
  processId: string;
  status: string;
  /** Issue briefs are numbered 1–6 in the process; null for the compact. */
  briefNumber?: number | null;
  /** Short names of the stakeholders holding the pen. */
  penHolders: string[];
  canEdit: boolean;
  /** Lead agencies of a brief; with the reader's role, what `can()` from the shared permissions needs. */
  leadStakeholderIds: string[];
  lastActivityAt: string | null;
  paragraphCount: number;
}

export interface ParagraphSummary {
  pid: string;
  type: string;
  number: string;
  text: string;
}

export interface DocumentDetail extends DocumentSummary {
  /** May table proposals on this document. */
  canTable: boolean;
  /** May accept, reject or supersede proposals (holds the pen). */
  canDecide: boolean;
  paragraphs: ParagraphSummary[];
}
