import type { DocumentDetail } from '../api/types.ts';

type Paragraph = DocumentDetail['paragraphs'][number];

/** What the audit log is narrowed to; "" is no filter. Kept in the page's address, so a view can be shared. */
export interface AuditFilters {
  user: string;
  stakeholder: string;
  action: string;
  pid: string;
}

export const FILTER_NAMES = ['user', 'stakeholder', 'action', 'pid'] as const satisfies readonly (keyof AuditFilters)[];

export function filtersFromSearch(search: URLSearchParams): AuditFilters {
  return {
    user: search.get('user') ?? '',
    stakeholder: search.get('stakeholder') ?? '',
    action: search.get('action') ?? '',
    pid: search.get('pid') ?? '',
  };
}

export function searchFromFilters(filters: AuditFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const name of FILTER_NAMES) if (filters[name]) search.set(name, filters[name]);
  return search;
}

export const isFiltered = (filters: AuditFilters) => FILTER_NAMES.some((name) => filters[name] !== '');

const normalised = (number: string) => number.replace(/\s+/g, '').toUpperCase();

/** The paragraph a typed number names ("op 5" is OP5), among the numbered paragraphs of the text as it stands. */
export function paragraphNamed(paragraphs: readonly Paragraph[], typed: string): Paragraph | undefined {
  const wanted = normalised(typed);
  return wanted ? paragraphs.find((p) => p.number && normalised(p.number) === wanted) : undefined;
}
