export const NOTIFICATION_KINDS = [
  'mention',
  'reply',
  'proposal-decision',
  'cosponsor-invitation',
  'input-submitted',
  'input-decision',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
