/** The confidentiality layers a comment thread can be opened in. */
export const THREAD_VISIBILITIES = ['all', 'delegation', 'group', 'cofacilitators'] as const;
export type ThreadVisibility = (typeof THREAD_VISIBILITIES)[number];

export const THREAD_STATUSES = ['open', 'resolved'] as const;
export type ThreadStatus = (typeof THREAD_STATUSES)[number];

/** Threads per page when a client reads the list page by page, and the most one page may hold. */
export const THREAD_PAGE_DEFAULT = 200;
export const THREAD_PAGE_MAX = 500;
