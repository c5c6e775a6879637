import { eq } from 'drizzle-orm';
import type { InputPlacement, InputType } from '@plenary/shared/domain/index';
import { submitInputInput } from '@plenary/shared/validation/index';
import type { Services } from '../services.ts';
import { users } from '../db/schema.ts';
import { loadDocumentAccess } from '../queries/document-access.ts';
import { loadInputAccess } from '../queries/input-access.ts';
import { readParagraphs } from '../queries/paragraph-reader.ts';
import { blockLabels } from '../text/block-labels.ts';
import { inputTarget } from '../commands/input-target.ts';
import { submitInput } from '../commands/input-submitter.ts';
import { incorporateInput } from '../commands/input-incorporator.ts';
import { declineInput, withdrawInput } from '../commands/input-closer.ts';

type Outcome =
  | { kind: 'submitted' }
  | { kind: 'withdrawn' }
  | { kind: 'incorporated'; by: string }
  | { kind: 'incorporated-with-edit'; by: string; text: string }
  | { kind: 'declined'; by: string; reason: string };

interface DemoInput {
  /** The demo account that submits it, for its agency. */
  from: string;
  /** The paragraph ("¶3") it applies to. */
  at: string;
  placement: InputPlacement;
  type: InputType;
  text: string;
  rationale: string;
  source: { title: string; publisher: string; year: number; url: string | null; ownReport?: boolean };
  sdgTargets: string[];
  outcome: Outcome;
}

const IOM = 'agency.iom@demo.test';
const OHCHR = 'agency.ohchr@demo.test';
const WHO = 'agency.who@demo.test';
const UNICEF = 'agency.unicef@demo.test';

/**
 * Technical inputs in every state on two briefs, so that a new user meets the workflow at once: brief 1, out for
 * comments (co-leads OHCHR and WHO), and brief 3, under finalization (co-led by IOM). Made through the same
 * commands the API uses, so the words taken in are credited to their agencies like any others.
 */
const DEMO_INPUTS: Record<string, DemoInput[]> = {
  'gcm-brief-1': [
    {
      from: IOM,
      at: '¶2',
      placement: 'after',
      type: 'data-point',
      text: 'Recorded deaths and disappearances of people on the move remain in the thousands every year, and most remain unidentified.',
      rationale: 'Gives the brief a measure of the human cost it describes.',
      source: {
        title: 'Missing Migrants Project annual overview',
        publisher: 'IOM',
        year: 2017,
        url: 'https://missingmigrants.iom.int',
        ownReport: true,
      },
      sdgTargets: ['10.7'],
      outcome: { kind: 'incorporated', by: OHCHR },
    },
    {
      from: UNICEF,
      at: '¶3',
      placement: 'after',
      type: 'policy-recommendation',
      text: 'Children on the move should be treated as children first, whatever their status, with their best interests assessed in every decision that concerns them.',
      rationale: 'The brief says little about children, who are a large share of those on the move.',
      source: { title: 'A child is a child', publisher: 'UNICEF', year: 2017, url: null, ownReport: true },
      sdgTargets: ['16.2'],
      outcome: {
        kind: 'incorporated-with-edit',
        by: WHO,
        text: 'Children on the move are children first: their best interests should be assessed in every decision about them, whatever their status, including their access to health care.',
      },
    },
    {
      from: IOM,
      at: '¶4',
      placement: 'against',
      type: 'correction',
      text: 'States should ensure that every migrant, whatever their status, can reach a court or another independent body to challenge a decision to detain or return them.',
      rationale: 'The current wording names only detention.',
      source: { title: 'International Migration Law No. 34', publisher: 'IOM', year: 2017, url: null, ownReport: true },
      sdgTargets: ['10.7'],
      outcome: { kind: 'declined', by: OHCHR, reason: 'Access to justice is already covered by the recommendations section.' },
    },
    {
      from: UNICEF,
      at: '¶2',
      placement: 'after',
      type: 'good-practice',
      text: 'Several States appoint a guardian for every unaccompanied child within a day of their arrival.',
      rationale: 'A practice worth naming.',
      source: { title: 'Guardianship for children deprived of parental care', publisher: 'UNICEF', year: 2016, url: null, ownReport: true },
      sdgTargets: ['16.2'],
      outcome: { kind: 'withdrawn' },
    },
    {
      from: IOM,
      at: '¶5',
      placement: 'after',
      type: 'policy-recommendation',
      text: 'Firewalls between public services and immigration enforcement let migrants seek care, report crimes and send their children to school without fear.',
      rationale: 'Makes the recommendation on access to services practical.',
      source: { title: 'World Migration Report 2018', publisher: 'IOM', year: 2017, url: 'https://publications.iom.int', ownReport: true },
      sdgTargets: ['10.7', '8.8'],
      outcome: { kind: 'submitted' },
    },
    {
      from: UNICEF,
      at: '¶6',
      placement: 'after',
      type: 'data-point',
      text: 'Around one in eight international migrants is a child.',
      rationale: 'A figure that frames the brief.',
      source: {
        title: 'Uprooted: the growing crisis for refugee and migrant children',
        publisher: 'UNICEF',
        year: 2016,
        url: null,
        ownReport: true,
      },
      sdgTargets: ['17.18'],
      outcome: { kind: 'submitted' },
    },
  ],
  'gcm-brief-3': [
    {
      from: OHCHR,
      at: '¶2',
      placement: 'after',
      type: 'policy-recommendation',
      text: 'Climate-related displacement calls for pathways that respect the human rights of those who move, including the right to return when it is safe.',
      rationale: 'Links the brief to human rights obligations.',
      source: { title: 'Human rights, climate change and migration', publisher: 'OHCHR', year: 2017, url: null, ownReport: true },
      sdgTargets: ['10.7'],
      outcome: { kind: 'incorporated', by: IOM },
    },
    {
      from: WHO,
      at: '¶3',
      placement: 'after',
      type: 'data-point',
      text: 'Heat, floods and drought put the health of people on the move at particular risk, especially in informal settlements.',
      rationale: 'Health is missing from the brief.',
      source: { title: 'Health of refugees and migrants', publisher: 'WHO', year: 2018, url: null, ownReport: true },
      sdgTargets: ['10.7'],
      outcome: {
        kind: 'incorporated-with-edit',
        by: IOM,
        text: 'Heat, floods and drought put the health of people on the move at particular risk, above all in informal settlements, where care is hardest to reach.',
      },
    },
    {
      from: UNICEF,
      at: '¶4',
      placement: 'after',
      type: 'good-practice',
      text: 'Schools rebuilt after disasters can serve as shelters and keep displaced children learning.',
      rationale: 'A practice from the field.',
      source: { title: 'Education in emergencies', publisher: 'UNICEF', year: 2017, url: null, ownReport: true },
      sdgTargets: [],
      outcome: { kind: 'declined', by: IOM, reason: 'Outside the scope of this brief; better placed in brief 1.' },
    },
    {
      from: WHO,
      at: '¶2',
      placement: 'after',
      type: 'other',
      text: 'A note on the health chapters of national adaptation plans.',
      rationale: 'For the co-leads to consider.',
      source: { title: 'Health in national adaptation plans', publisher: 'WHO', year: 2017, url: null, ownReport: true },
      sdgTargets: [],
      outcome: { kind: 'withdrawn' },
    },
    {
      from: OHCHR,
      at: '¶5',
      placement: 'after',
      type: 'correction',
      text: 'The brief should speak of people displaced in the context of disasters rather than of climate refugees, a term without a basis in international law.',
      rationale: 'Terminology.',
      source: {
        title: 'The slow onset effects of climate change and human rights protection',
        publisher: 'OHCHR',
        year: 2018,
        url: null,
        ownReport: true,
      },
      sdgTargets: [],
      outcome: { kind: 'submitted' },
    },
  ],
};

/** Seeds the demo's technical inputs; called once, when the demo is created. */
export function seedDemoInputs(services: Services): void {
  const { db } = services;
  const userByEmail = (email: string) => db.select().from(users).where(eq(users.email, email)).get()!;
  for (const [documentId, inputs] of Object.entries(DEMO_INPUTS)) {
    for (const demo of inputs) {
      const access = loadDocumentAccess(db, userByEmail(demo.from), documentId);
      const paragraphs = readParagraphs(services, documentId);
      const labels = blockLabels(paragraphs);
      const pid = [...labels].find(([, label]) => label === demo.at)?.[0];
      if (!pid) throw new Error(`The demo brief ${documentId} has no ${demo.at}`);
      const { placement, type, text, rationale, sdgTargets } = demo;
      const input = submitInputInput.parse({ pid, placement, type, text, rationale, sdgTargets, sources: [demo.source] });
      const { id } = submitInput(services, { access, input, target: inputTarget(paragraphs, pid, input.placement) });
      decide(services, id, demo, userByEmail, labels.get(pid) ?? null);
    }
  }
}

function decide(
  services: Services,
  inputId: string,
  { outcome, from }: DemoInput,
  userByEmail: (email: string) => typeof users.$inferSelect,
  paragraphLabel: string | null,
): void {
  const as = (email: string) => loadInputAccess(services.db, userByEmail(email), inputId);
  switch (outcome.kind) {
    case 'submitted':
      return;
    case 'withdrawn':
      return withdrawInput(services, as(from));
    case 'incorporated':
      return void incorporateInput(services, as(outcome.by), undefined);
    case 'incorporated-with-edit':
      return void incorporateInput(services, as(outcome.by), outcome.text);
    case 'declined':
      return void declineInput(services, as(outcome.by), { reason: outcome.reason, paragraphLabel });
  }
}
