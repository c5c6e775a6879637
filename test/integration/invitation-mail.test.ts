import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { eventually } from '../support/sync-client.ts';

/** A real SMTP server on loopback that keeps what it is sent, and can be told to refuse. */
const received: ParsedMail[] = [];
let refuse = false;
const smtp = new SMTPServer({
  secure: false,
  disabledCommands: ['STARTTLS'],
  allowInsecureAuth: true,
  logger: false,
  onAuth: (auth, _session, callback) =>
    auth.password === 'relay-pass' ? callback(null, { user: auth.username }) : callback(new Error('Bad credentials')),
  onRcptTo: (_address, _session, callback) => (refuse ? callback(new Error('Mailbox unavailable')) : callback()),
  onData: (stream, _session, callback) => {
    simpleParser(stream)
      .then((mail) => received.push(mail))
      .then(() => callback(), callback);
  },
});

let server: ServerProcess;
let secretariat: ApiClient;

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  server = await startServerProcess({
    env: { SMTP_URL: `smtp://relay:relay-pass@127.0.0.1:${port}`, MAIL_FROM: 'GCM secretariat <gcm@example.org>' },
  });
  secretariat = await ApiClient.login(server.url, 'secretariat@demo.test');
});
afterAll(async () => {
  await server?.stop();
  await new Promise<void>((resolve) => smtp.close(resolve));
});

describe('with SMTP configured', () => {
  it('e-mails the invitation link, which then works, and says it was mailed', async () => {
    const response = await secretariat.post('/api/admin/invitations', {
      email: 'mail.test@example.org',
      name: 'Maïa Test',
      stakeholderId: 'FRA',
      role: 'delegate',
    });
    expect(response.status).toBe(201);
    const created = await response.json();
    expect(created.mailed).toBe(true);
    const recipient = (m: ParsedMail) => (m.to && 'value' in m.to ? m.to.value[0] : undefined);
    await eventually(() => expect(received.map((m) => recipient(m)?.address)).toContain('mail.test@example.org'));
    const mail = received.find((m) => recipient(m)?.address === 'mail.test@example.org')!;
    expect(recipient(mail)?.name).toBe('Maïa Test');
    expect(mail.subject).toContain('Global Compact');
    expect(mail.from?.value[0]).toMatchObject({ name: 'GCM secretariat', address: 'gcm@example.org' });
    expect(mail.text).toContain(created.link);
    expect(mail.text).toContain('Maïa Test — France — delegate');
    const list = await secretariat.json('GET', '/api/admin/participants');
    expect(list.invitations.find((i: { id: string }) => i.id === created.id).mailed).toBe(true);
    expect(
      (
        await new ApiClient(server.url).post(`/api/invitations/${created.link.split('/invitations/')[1]}/accept`, {
          password: 'orderly-migration-corridor-7',
        })
      ).status,
    ).toBe(200);
  });

  it('still hands the link to the secretariat when the mail is refused', async () => {
    refuse = true;
    try {
      const created = await secretariat.json('POST', '/api/admin/invitations', {
        email: 'bounce@example.org',
        name: 'Bounce',
        stakeholderId: 'FRA',
        role: 'delegate',
      });
      expect(created.mailed).toBe(false);
      expect(created.link).toMatch(/\/invitations\//);
      expect(received.some((m) => m.text?.includes(created.link))).toBe(false);
    } finally {
      refuse = false;
    }
  });
});
