import type { Role } from '@plenary/shared/permissions/index';
import { stakeholderIds } from './reference.ts';

export const DEMO_PASSWORD = 'demo';

export interface DemoAccount {
  email: string;
  name: string;
  stakeholderId: string;
  role: Role;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'cofacilitator@demo.test', name: 'Ana Morales', stakeholderId: stakeholderIds.state('MEX'), role: 'cofacilitator' },
  { email: 'cofacilitator2@demo.test', name: 'Lukas Meier', stakeholderId: stakeholderIds.state('CHE'), role: 'cofacilitator' },
  { email: 'secretariat@demo.test', name: 'Amina Diallo', stakeholderId: stakeholderIds.secretariat, role: 'secretariat' },
  { email: 'delegate.eu@demo.test', name: 'Claire Dubois', stakeholderId: stakeholderIds.group('EU'), role: 'delegate' },
  { email: 'delegate.g77@demo.test', name: 'Ravi Menon', stakeholderId: stakeholderIds.group('G77'), role: 'delegate' },
  { email: 'delegate.canada@demo.test', name: 'Emily Tremblay', stakeholderId: stakeholderIds.state('CAN'), role: 'delegate' },
  { email: 'agency.iom@demo.test', name: 'Sofia Rossi', stakeholderId: stakeholderIds.agency('IOM'), role: 'agency-lead' },
  { email: 'agency.ohchr@demo.test', name: 'Kwame Mensah', stakeholderId: stakeholderIds.agency('OHCHR'), role: 'agency-lead' },
  { email: 'agency.who@demo.test', name: 'Hana Kobayashi', stakeholderId: stakeholderIds.agency('WHO'), role: 'agency-lead' },
  { email: 'agency.unicef@demo.test', name: 'Tomás Herrera', stakeholderId: stakeholderIds.agency('UNICEF'), role: 'agency-contributor' },
  { email: 'observer@demo.test', name: 'Noor Haddad', stakeholderId: stakeholderIds.observer, role: 'observer' },
];
