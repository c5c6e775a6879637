export * from './roles.ts';
export * from './stakeholders.ts';
export * from './documents.ts';
export * from './proposals.ts';
export * from './threads.ts';
export * from './notifications.ts';
export * from './yjs-clients.ts';
export * from './record.ts';
