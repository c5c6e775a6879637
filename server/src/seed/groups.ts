import type { Db } from '../db/client.ts';
import { groupMembers, stakeholders } from '../db/schema.ts';
import { stakeholderIds } from './stakeholder-ids.ts';

/**
 * Members of the Group of 77 and China that the seed knows for certain, by ISO3 code. The group counts 134
 * states; the secretariat completes the list. China is listed because the group negotiates as "G77 and China".
 * Mexico (left in 1994), the Republic of Korea and Cyprus (left on joining the OECD or the EU) are deliberately absent.
 */
export const G77_MEMBERS = {
  africa: [
    'DZA',
    'AGO',
    'BEN',
    'BWA',
    'BFA',
    'BDI',
    'CMR',
    'CPV',
    'CAF',
    'TCD',
    'COM',
    'COG',
    'COD',
    'CIV',
    'DJI',
    'EGY',
    'GNQ',
    'ERI',
    'ETH',
    'GAB',
    'GMB',
    'GHA',
    'GIN',
    'GNB',
    'KEN',
    'LSO',
    'LBR',
    'LBY',
    'MDG',
    'MWI',
    'MLI',
    'MRT',
    'MUS',
    'MAR',
    'MOZ',
    'NAM',
    'NER',
    'NGA',
    'RWA',
    'STP',
    'SEN',
    'SYC',
    'SLE',
    'SOM',
    'ZAF',
    'SDN',
    'SWZ',
    'TGO',
    'TUN',
    'UGA',
    'TZA',
    'ZMB',
    'ZWE',
  ],
  asiaPacific: [
    'AFG',
    'BHR',
    'BGD',
    'BTN',
    'BRN',
    'KHM',
    'CHN',
    'PRK',
    'FJI',
    'IND',
    'IDN',
    'IRN',
    'IRQ',
    'JOR',
    'KWT',
    'LAO',
    'LBN',
    'MYS',
    'MDV',
    'MNG',
    'MMR',
    'NPL',
    'OMN',
    'PAK',
    'PHL',
    'QAT',
    'SAU',
    'SGP',
    'LKA',
    'SYR',
    'THA',
    'TLS',
    'ARE',
    'VNM',
    'YEM',
    'PNG',
    'SLB',
    'VUT',
    'WSM',
    'TON',
  ],
  latinAmericaCaribbean: [
    'ARG',
    'BOL',
    'BRA',
    'CHL',
    'COL',
    'CRI',
    'CUB',
    'DOM',
    'ECU',
    'SLV',
    'GTM',
    'GUY',
    'HTI',
    'HND',
    'JAM',
    'NIC',
    'PAN',
    'PRY',
    'PER',
    'SUR',
    'TTO',
    'URY',
    'VEN',
    'BHS',
    'BRB',
    'BLZ',
    'ATG',
    'DMA',
    'GRD',
    'KNA',
    'LCA',
    'VCT',
  ],
} as const;

export const G77_MEMBER_CODES: readonly string[] = Object.values(G77_MEMBERS).flat();

/** Group memberships that the reference data leaves to the seed (the EU's and the African Group's come with it). */
export function seedGroupMemberships(db: Db): void {
  const groupId = stakeholderIds.group('G77');
  const known = new Set(
    db
      .select({ id: stakeholders.id })
      .from(stakeholders)
      .all()
      .map((s) => s.id),
  );
  if (!known.has(groupId)) return;
  db.transaction((tx) => {
    for (const iso3 of G77_MEMBER_CODES) {
      const memberId = stakeholderIds.state(iso3);
      if (!known.has(memberId)) continue;
      tx.insert(groupMembers).values({ groupId, memberId }).onConflictDoNothing().run();
    }
  });
}
