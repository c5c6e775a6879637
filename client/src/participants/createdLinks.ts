import type { CreatedInvitation } from '../api/admin.ts';

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** `email,link` lines with a header, as a spreadsheet opens them. */
export function linksCsv(invitations: readonly CreatedInvitation[]): string {
  return ['email,link', ...invitations.map((i) => `${csvField(i.email)},${csvField(i.link)}`)].join('\r\n') + '\r\n';
}

/** One line a person: email, then the link, to paste into a message. */
export function linksText(invitations: readonly CreatedInvitation[]): string {
  return invitations.map((i) => `${i.email}\t${i.link}`).join('\n');
}

/** The header and an example line of the CSV file the secretariat invites from. */
export const CSV_TEMPLATE =
  'email,name,stakeholder,role\r\n' +
  'jane.doe@example.org,Jane Doe,Canada,delegate\r\n' +
  'a.rossi@example.org,Anna Rossi,IOM,agency lead\r\n';
