import { SUB_POINT, isNegotiableType } from '../schema/nodeNames.ts';

export interface BlockIdentity {
  pid: string | null;
  level: number | null;
}

/**
 * The pid and level of a top-level block from its type and attributes, the same way for every source: a
 * pid counts only on a negotiable block and only when it is a non-empty string; a sub-point without a
 * level is at level 1.
 */
export function blockIdentity(type: string, attribute: (name: string) => unknown): BlockIdentity {
  const pid = attribute('pid');
  return {
    pid: isNegotiableType(type) && typeof pid === 'string' && pid ? pid : null,
    level: type === SUB_POINT ? Number(attribute('level') ?? 1) : null,
  };
}
