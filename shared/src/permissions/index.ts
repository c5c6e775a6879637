// The enums live in domain/; many importers still take them from here.
export { ROLES, ROLE_LABELS, STAKEHOLDER_KINDS, DOCUMENT_KINDS, THREAD_VISIBILITIES } from '../domain/index.ts';
export type { Role, StakeholderKind, DocumentKind, ThreadVisibility } from '../domain/index.ts';
export * from './rules.ts';
export * from './can.ts';
export * from './thread-visibility.ts';
export * from './document-rights.ts';
export * from './brief-stages.ts';
export * from './brief-transitions.ts';
export * from './evidence-links.ts';
export * from './contributions.ts';
