export * from './wire.ts';
export * from './close-codes.ts';
