export const NOTIFICATION_KINDS = ['mention', 'reply', 'proposal-decision', 'cosponsor-invitation'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
