import { CLOSE_TEXT_FROZEN } from '@plenary/shared/protocol/index';
import type { Services } from '../services.ts';

/**
 * After a person's capacity changed: their open texts reconnect, so the server decides afresh whether each socket
 * holds the pen, and their pages (only theirs) reload who they are.
 */
export function announceMembershipChange(services: Pick<Services, 'rooms' | 'events'>, userId: string, processId: string): void {
  services.rooms.closeUserPeers(userId, CLOSE_TEXT_FROZEN, 'Your capacity in this process changed');
  services.events.publish({ type: 'membership.changed', data: { processId }, audience: (user) => user.id === userId });
}
