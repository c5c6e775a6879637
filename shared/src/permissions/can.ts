import { ROLES, type BriefStage, type DocumentKind, type Role } from '../domain/index.ts';
import { briefStageAllows, canSeeBrief } from './brief-stages.ts';
import { PERMISSIONS, type Action } from './rules.ts';

export interface Actor {
  role: Role;
  stakeholderId: string;
}

export interface DocumentTarget {
  kind: DocumentKind;
  /** Stakeholders leading the document (co-lead agencies of a brief); empty for the compact. */
  leadStakeholderIds: readonly string[];
  /** A brief's stage in its lifecycle, which decides who sees it and whether its text is written; none for the compact. */
  stage?: BriefStage | null;
}

/** The single answer to "may this actor do this on this document?", asked by server and client alike. */
export function can(actor: Actor, action: Action, doc: DocumentTarget): boolean {
  if (doc.stage) {
    const stageTarget = { leadStakeholderIds: doc.leadStakeholderIds, stage: doc.stage };
    // Whoever may not see a brief in its stage may do nothing on it.
    if (!canSeeBrief(actor, stageTarget) || !briefStageAllows(action, doc.stage)) return false;
  }
  const grant = PERMISSIONS[doc.kind][actor.role][action] ?? 'no';
  if (grant === 'lead') return doc.leadStakeholderIds.includes(actor.stakeholderId);
  if (grant === 'not-lead') return !doc.leadStakeholderIds.includes(actor.stakeholderId);
  return grant === 'yes';
}

/** Holders of the pen get a writable sync connection; everyone else reads. */
export function holdsPen(actor: Actor, doc: DocumentTarget): boolean {
  return can(actor, 'edit-text', doc);
}

/** The roles that hold the pen on every document of a kind, whatever their stakeholder. */
export function penRoles(kind: DocumentKind): Role[] {
  return ROLES.filter((role) => PERMISSIONS[kind][role]['edit-text'] === 'yes');
}

/** Process-level administration (accounts, memberships, documents) belongs to the secretariat. */
export function canManageProcess(actor: Actor): boolean {
  return actor.role === 'secretariat';
}
