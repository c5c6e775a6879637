export * from './roles.ts';
export * from './rules.ts';
export * from './can.ts';
export * from './thread-visibility.ts';
