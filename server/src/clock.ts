import fs from 'node:fs';

/** Where the server takes the current time from: every deadline decision asks it, never `new Date()`. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * The time written in a file (an ISO timestamp), read afresh on every call: tests move time by rewriting
 * the file instead of waiting for a deadline to pass.
 */
export function fileClock(file: string): Clock {
  const clock = {
    now() {
      const text = fs.readFileSync(file, 'utf8').trim();
      const date = new Date(text);
      if (Number.isNaN(date.getTime())) throw new Error(`The clock file ${file} holds "${text}", which is not an ISO timestamp`);
      return date;
    },
  };
  clock.now();
  return clock;
}
