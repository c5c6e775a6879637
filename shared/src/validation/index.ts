export * from './auth.ts';
export * from './proposals.ts';
export * from './threads.ts';
export * from './text-hygiene.ts';
export * from './revisions.ts';
export * from './audit.ts';
export * from './paragraph-statuses.ts';
export * from './compare.ts';
