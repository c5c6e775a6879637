import net from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMailer, type InvitationMail } from './mailer.ts';

interface Received {
  mailFrom: string | false;
  rcptTo: string[];
  parsed: ParsedMail;
}

const USER = 'plenary';
const PASS = 's3cret';
const FROM = 'Plenary <no-reply@plenary.test>';

const invitation: InvitationMail = {
  to: 'claire.dubois@example.org',
  name: 'Claire Dubois',
  link: 'https://plenary.test/join?token=abc123&x=1',
  processTitle: 'Treaty on Plastics, INC-5',
  capacity: 'Claire Dubois — European Union — delegate',
  expiresAt: new Date('2026-12-03T14:00:00Z'),
  purpose: 'join',
};

let received: Received[] = [];
let port = 0;
const server = new SMTPServer({
  secure: false,
  disabledCommands: ['STARTTLS'],
  allowInsecureAuth: true,
  authOptional: false,
  logger: false,
  onAuth(auth, _session, callback) {
    if (auth.username === USER && auth.password === PASS) callback(null, { user: USER });
    else callback(new Error('Invalid username or password'));
  },
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((parsed) => {
        received.push({
          mailFrom: session.envelope.mailFrom && session.envelope.mailFrom.address,
          rcptTo: session.envelope.rcptTo.map((r) => r.address),
          parsed,
        });
        callback();
      })
      .catch(callback);
  },
});

const url = (pass = PASS) => `smtp://${USER}:${pass}@127.0.0.1:${port}`;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as net.AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(resolve)));
beforeEach(() => {
  received = [];
});

async function send(mail: InvitationMail, smtpUrl = url()): Promise<Received> {
  const mailer = createMailer(smtpUrl, FROM)!;
  try {
    await mailer.sendInvitation(mail);
  } finally {
    mailer.close();
  }
  expect(received).toHaveLength(1);
  return received[0]!;
}

describe('createMailer', () => {
  it('is off without an SMTP URL', () => {
    expect(createMailer(undefined, FROM)).toBeUndefined();
    expect(createMailer('', FROM)).toBeUndefined();
  });

  it('delivers an invitation with the link and its expiry in both parts', async () => {
    const { mailFrom, rcptTo, parsed } = await send(invitation);
    expect(rcptTo).toEqual(['claire.dubois@example.org']);
    expect(mailFrom).toBe('no-reply@plenary.test');
    expect(parsed.from?.value[0]).toMatchObject({ name: 'Plenary', address: 'no-reply@plenary.test' });
    expect(parsed.to).toMatchObject({ value: [{ name: 'Claire Dubois', address: 'claire.dubois@example.org' }] });
    expect(parsed.subject).toBe('Your invitation to Treaty on Plastics, INC-5');

    const html = parsed.html as string;
    expect(parsed.text).toContain(invitation.link);
    expect(parsed.text).toContain('3 December 2026, 14:00 UTC');
    expect(parsed.text).toContain('Claire Dubois — European Union — delegate');
    expect(html).toContain('href="https://plenary.test/join?token=abc123&#38;x=1"');
    expect(html).toContain('3 December 2026, 14:00 UTC');
    expect(html).toContain('Claire Dubois — European Union — delegate');
  });

  it('has its own subject for a password reset', async () => {
    const { parsed } = await send({ ...invitation, purpose: 'reset' });
    expect(parsed.subject).toBe('Set a new password for Plenary');
    expect(parsed.text).toContain(invitation.link);
  });

  it('escapes the interpolated values in the HTML part', async () => {
    const name = '<b>Ana & "Bo"</b>';
    const { parsed } = await send({ ...invitation, name, capacity: `${name} — <i>EU</i> — observer` });
    const html = parsed.html as string;
    expect(parsed.text).toContain(`Hello ${name},`);
    expect(html).toContain('Hello &#60;b&#62;Ana &#38; &#34;Bo&#34;&#60;/b&#62;,');
    expect(html).toContain('&#60;i&#62;EU&#60;/i&#62;');
    expect(html).not.toContain('<b>Ana');
    expect(html).not.toContain('<i>EU');
  });

  it('rejects on a wrong password', async () => {
    const mailer = createMailer(url('wrong'), FROM)!;
    await expect(mailer.sendInvitation(invitation)).rejects.toMatchObject({ code: 'EAUTH' });
    mailer.close();
    expect(received).toHaveLength(0);
  });

  it('rejects within the timeout when the server accepts the connection but never answers', async () => {
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => {});
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const silentPort = (silent.address() as net.AddressInfo).port;
    const mailer = createMailer(`smtp://${USER}:${PASS}@127.0.0.1:${silentPort}`, FROM, { timeoutMs: 500 })!;
    const started = Date.now();
    try {
      await expect(mailer.sendInvitation(invitation)).rejects.toMatchObject({ code: 'ETIMEDOUT' });
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(sockets.size).toBe(1);
    } finally {
      mailer.close();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});
