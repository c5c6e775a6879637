import nodemailer from 'nodemailer';

export interface InvitationMail {
  to: string;
  name: string;
  link: string;
  processTitle: string;
  capacity: string;
  expiresAt: Date;
  purpose: 'join' | 'reset';
}

export interface Mailer {
  sendInvitation(mail: InvitationMail): Promise<void>;
  close(): void;
}

export interface MailerOptions {
  /** Applies to connecting, the greeting and every later reply of the SMTP server. */
  timeoutMs?: number;
}

/** Undefined when no SMTP server is configured: the caller then hands out links some other way. */
export function createMailer(smtpUrl: string | undefined, from: string, options: MailerOptions = {}): Mailer | undefined {
  if (!smtpUrl?.trim()) return undefined;
  const timeout = options.timeoutMs ?? 10_000;
  // Without these, nodemailer waits up to minutes for a server that accepted the connection and went quiet.
  const transport = nodemailer.createTransport(
    { url: smtpUrl.trim(), connectionTimeout: timeout, greetingTimeout: timeout, socketTimeout: timeout, dnsTimeout: timeout },
    { from },
  );
  return {
    async sendInvitation(mail) {
      const { subject, text, html } = compose(mail);
      // An address object, not a string, so that a comma in `to` can not add recipients.
      await transport.sendMail({ to: { name: mail.name, address: mail.to }, subject, text, html });
    },
    close: () => transport.close(),
  };
}

function compose(mail: InvitationMail): { subject: string; text: string; html: string } {
  const expires = formatUtc(mail.expiresAt);
  const join = mail.purpose === 'join';
  const subject = (join ? `Your invitation to ${mail.processTitle}` : 'Set a new password for Plenary').replace(/\s+/g, ' ');
  const intro = join
    ? `You have been invited to take part in “${mail.processTitle}” on Plenary.`
    : `A new password was requested for your Plenary account in “${mail.processTitle}”.`;
  const action = join ? 'Open this link to set your password and join:' : 'Open this link to set a new password:';
  const ignore = join
    ? 'If you did not expect this invitation, you can ignore this message.'
    : 'If you did not ask for this, you can ignore this message; your current password stays as it is.';

  const text = [
    `Hello ${mail.name},`,
    '',
    intro,
    `This invitation is for: ${mail.capacity}`,
    '',
    action,
    mail.link,
    '',
    `The link expires on ${expires}.`,
    ignore,
    '',
  ].join('\n');

  const e = escapeHtml;
  const html = [
    '<!doctype html>',
    '<html><body style="font-family: sans-serif; line-height: 1.5">',
    `<p>Hello ${e(mail.name)},</p>`,
    `<p>${e(intro)}<br>This invitation is for: <strong>${e(mail.capacity)}</strong></p>`,
    `<p>${e(action)}<br><a href="${e(mail.link)}">${e(mail.link)}</a></p>`,
    `<p>The link expires on ${e(expires)}.<br>${e(ignore)}</p>`,
    '</body></html>',
  ].join('\n');

  return { subject, text, html };
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "3 December 2026, 14:00 UTC": recipients sit in many time zones, so the zone is spelled out. */
function formatUtc(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${dateFormat.format(date)}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
