import { stakeholders, users } from '../db/schema.ts';
import { idsIn, preparedQuery } from '../db/prepared.ts';

/** The names of some users, bound as `ids`: a JSON list of user ids. */
export const namesOfUsers = preparedQuery((db) =>
  db.select({ id: users.id, name: users.name }).from(users).where(idsIn(users.id, 'ids')).prepare(),
);

/** Some stakeholders, bound as `ids`: a JSON list of stakeholder ids. */
export const stakeholdersWithIds = preparedQuery((db) => db.select().from(stakeholders).where(idsIn(stakeholders.id, 'ids')).prepare());
