/**
 * How hard the endurance tests push: the short form runs inside `npm test` (CI), the full one with
 * `npm run test:endurance` (ENDURANCE=full). Each test takes its sizes from here, never from its own flag.
 */
export const FULL_ENDURANCE = process.env.ENDURANCE === 'full';

/** `full` in the full run, `short` in CI. */
export function endurance<T>(short: T, full: T): T {
  return FULL_ENDURANCE ? full : short;
}
