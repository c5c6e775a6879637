/**
 * Administration from the shell, for the secretariat's operators:
 *
 *   npm run admin -- create-user --email a@b.org --name "A B" --password 'a long passphrase' --stakeholder FRA --role delegate [--process gcm]
 *   npm run admin -- list-users
 *   npm run admin -- password-link --email a@b.org
 *
 * `password-link` prints a one-time link that sets a new password: for a member of the secretariat, whose
 * colleagues are not handed one.
 *
 * Uses DATA_DIR like the server (default ./data). Safe to run while the server is up (SQLite WAL).
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { createUserInput } from '@plenary/shared/validation/index';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { memberships, processes, stakeholders, users } from '../db/schema.ts';
import { createUser } from '../commands/user-creator.ts';
import { audit } from '../commands/audit.ts';
import { issuePasswordReset } from '../commands/invitation-issuer.ts';
import { findUserByEmail } from '../auth/sessions.ts';
import { findParticipant } from '../queries/document-access.ts';

const [command, ...rest] = process.argv.slice(2);
const db = openDatabase(loadConfig().dataDir);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (command === 'create-user') {
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      stakeholder: { type: 'string' },
      role: { type: 'string' },
      process: { type: 'string' },
    },
  });
  const parsed = createUserInput.safeParse({ ...values, stakeholderId: values.stakeholder });
  if (!parsed.success) fail(parsed.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('\n'));
  const input = parsed.data;
  const processId = values.process ?? db.select().from(processes).get()?.id ?? fail('No process exists yet.');
  if (!db.select().from(stakeholders).where(eq(stakeholders.id, input.stakeholderId)).get())
    fail(`Unknown stakeholder ${input.stakeholderId}.`);
  if (db.select().from(users).where(eq(users.email, input.email)).get()) fail(`${input.email} already has an account.`);
  const user = await createUser(db, { ...input, id: randomUUID(), processId });
  audit(db, { user, action: 'user.create', processId, target: user.id, details: { via: 'cli', role: input.role } });
  console.log(`Created ${user.email} (${input.role}, ${input.stakeholderId}) in process ${processId}.`);
} else if (command === 'password-link') {
  const { values } = parseArgs({ args: rest, options: { email: { type: 'string' } } });
  const user = (values.email && findUserByEmail(db, values.email)) || fail(`No account for ${values.email ?? '(give --email)'}.`);
  if (user.deactivatedAt) fail(`${user.email} is deactivated.`);
  const participant = findParticipant(db, user) ?? fail(`${user.email} takes part in no process.`);
  const config = loadConfig();
  const { membership } = participant;
  const issued = issuePasswordReset(
    db,
    { admin: participant, processId: membership.processId, ttlMs: config.invitationTtlMs },
    { email: user.email, name: user.name, stakeholderId: membership.stakeholderId, role: membership.role },
  );
  const origin = config.origin ?? `http://${config.host}:${config.port}`;
  console.log(`${origin}/invitations/${issued.token}`);
  console.log(`Usable once, until ${issued.expiresAt.toISOString()}.`);
} else if (command === 'list-users') {
  const rows = db
    .select({ email: users.email, name: users.name, role: memberships.role, stakeholder: stakeholders.name })
    .from(users)
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .leftJoin(stakeholders, eq(stakeholders.id, memberships.stakeholderId))
    .all();
  for (const r of rows) console.log(`${r.email.padEnd(32)} ${r.name.padEnd(24)} ${r.role ?? '-'} — ${r.stakeholder ?? '-'}`);
} else {
  fail(
    'Usage: admin create-user --email … --name … --password … --stakeholder ID --role ROLE [--process ID] | admin list-users | admin password-link --email …',
  );
}
