import { parseCsv, emailAddress, MAX_INVITATION_ROWS, personName } from '@plenary/shared/validation/index';
import { roleFromLabel } from '@plenary/shared/domain/index';
import type { Role } from '@plenary/shared/domain/index';
import type { DbHandle } from '../db/client.ts';
import { stakeholders } from '../db/schema.ts';
import type { Stakeholder } from '../db/types.ts';
import { invitationProblem } from './invitation-reader.ts';

const COLUMNS = {
  email: ['email', 'e-mail', 'email address', 'mail'],
  name: ['name', 'full name', 'person'],
  stakeholder: ['stakeholder', 'delegation', 'member state', 'agency', 'organisation', 'organization', 'country'],
  role: ['role', 'capacity'],
} as const;
type Column = keyof typeof COLUMNS;

export interface InvitationCsvRow {
  /** The row's line in the file, the header being line 1. */
  line: number;
  email: string;
  name: string;
  stakeholder: Stakeholder | undefined;
  role: Role | undefined;
  errors: string[];
}

export interface InvitationCsvReading {
  rows: InvitationCsvRow[];
  /** Problems with the file as a whole. */
  fileErrors: string[];
}

/** Finds a stakeholder by the words a spreadsheet uses for it: its id, ISO code, short name or full name. */
function stakeholderFinder(db: DbHandle): (text: string) => Stakeholder | undefined {
  const byKey = new Map<string, Stakeholder>();
  for (const s of db.select().from(stakeholders).all()) {
    for (const key of [s.id, s.iso3, s.iso2, s.shortName, s.name])
      if (key && !byKey.has(key.toLowerCase())) byKey.set(key.toLowerCase(), s);
  }
  return (text) => byKey.get(text.trim().toLowerCase());
}

/**
 * Reads a CSV file of people to invite (columns email, name, stakeholder, role, in any order, header first) and
 * checks every row as the invitation itself would be checked, creating nothing. Rows are named by their line.
 */
export function readInvitationCsv(db: DbHandle, processId: string, csv: string): InvitationCsvReading {
  const [header, ...records] = parseCsv(csv);
  if (!header)
    return { rows: [], fileErrors: ['The file is empty: its first line should name the columns email, name, stakeholder and role.'] };
  const positions = new Map<Column, number>();
  header.forEach((title, i) => {
    const wanted = title.trim().toLowerCase();
    const column = (Object.keys(COLUMNS) as Column[]).find((c) => (COLUMNS[c] as readonly string[]).includes(wanted));
    if (column && !positions.has(column)) positions.set(column, i);
  });
  const missing = (Object.keys(COLUMNS) as Column[]).filter((c) => !positions.has(c));
  if (missing.length > 0) {
    return {
      rows: [],
      fileErrors: [`The first line must name the columns email, name, stakeholder and role; missing: ${missing.join(', ')}.`],
    };
  }
  if (records.length > MAX_INVITATION_ROWS)
    return { rows: [], fileErrors: [`At most ${MAX_INVITATION_ROWS} people can be invited from one file.`] };
  const find = stakeholderFinder(db);
  const seen = new Map<string, number>();
  const cell = (record: string[], column: Column) => (record[positions.get(column)!] ?? '').trim();
  const rows = records.map((record, i): InvitationCsvRow => {
    const line = i + 2;
    const errors: string[] = [];
    const rawEmail = cell(record, 'email');
    const email = emailAddress.safeParse(rawEmail);
    if (!email.success) errors.push(rawEmail ? `"${rawEmail}" is not an email address.` : 'The email is missing.');
    const rawName = cell(record, 'name');
    const parsedName = personName.safeParse(rawName);
    const name = parsedName.success ? parsedName.data : rawName;
    if (!rawName) errors.push('The name is missing.');
    else if (!parsedName.success) errors.push(`The name: ${parsedName.error.issues[0]?.message ?? 'not a name.'}`);
    const stakeholderText = cell(record, 'stakeholder');
    const stakeholder = stakeholderText ? find(stakeholderText) : undefined;
    if (!stakeholderText) errors.push('The stakeholder is missing.');
    else if (!stakeholder) errors.push(`No stakeholder is called "${stakeholderText}".`);
    const roleText = cell(record, 'role');
    const role = roleText ? roleFromLabel(roleText) : undefined;
    if (!roleText) errors.push('The role is missing.');
    else if (!role)
      errors.push(`"${roleText}" is not a role (co-facilitator, secretariat, delegate, agency lead, agency contributor, observer).`);
    if (email.success) {
      const earlier = seen.get(email.data);
      if (earlier) errors.push(`${email.data} is already on line ${earlier}.`);
      else seen.set(email.data, line);
    }
    if (errors.length === 0 && email.success && stakeholder && role) {
      const problem = invitationProblem(db, processId, { email: email.data, name, stakeholderId: stakeholder.id, role });
      if (problem) errors.push(problem);
    }
    return {
      line,
      email: email.success ? email.data : rawEmail,
      name,
      stakeholder,
      role,
      errors,
    };
  });
  return { rows, fileErrors: rows.length === 0 ? ['The file has a header but no one to invite.'] : [] };
}
