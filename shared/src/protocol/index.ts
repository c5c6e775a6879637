export * from './wire.ts';
export * from './close-codes.ts';
export * from './live-events.ts';
