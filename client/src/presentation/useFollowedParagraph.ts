import { holdsPen } from '@plenary/shared/permissions/index';
import { ROLES, type Role } from '@plenary/shared/domain/index';
import { useEffect, useState } from 'react';
import type { DocumentDetail } from '../api/types.ts';
import type { Collaboration } from '../hooks/useCollaboration.ts';
import { PenHolderFollower, type Followed } from './penHolderFollower.ts';

const isRole = (role: string): role is Role => (ROLES as readonly string[]).includes(role);

/** The paragraph the pen is on: the caret of the pen-holder who moved last, from the live presence. */
export function useFollowedParagraph(
  live: Collaboration | null,
  document: Pick<DocumentDetail, 'kind' | 'leadStakeholderIds'>,
): Followed | null {
  const [followed, setFollowed] = useState<Followed | null>(null);
  const { kind, leadStakeholderIds } = document;

  useEffect(() => {
    if (!live) return;
    const target = { kind, leadStakeholderIds };
    const follower = new PenHolderFollower(
      live.provider.awareness,
      live.doc,
      (user) => isRole(user.role) && holdsPen({ role: user.role, stakeholderId: user.stakeholderId }, target),
      setFollowed,
    );
    // The follower is an external store created here: read its first value at once.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setFollowed(follower.current());
    return () => follower.destroy();
  }, [live, kind, leadStakeholderIds]);

  return followed;
}
