import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPairSync } from 'node:crypto';
import Provider, { type ClientMetadata } from 'oidc-provider';

/** A person the provider knows, by the login name typed on its (development) sign-in form. */
export interface ProviderAccount {
  email: string;
  emailVerified: boolean;
  name: string;
}

export interface TestOidcProvider {
  issuer: string;
  /** Starts answering, for these clients: call once the relying parties' callback URLs are known. */
  serve(clients: ClientMetadata[]): void;
  close(): Promise<void>;
}

/**
 * A real OpenID Connect provider (`oidc-provider`) on loopback, with its development interactions: a login form
 * that accepts any password for a known login name, then a consent page. Its port is taken at once, so the
 * issuer can be handed to the servers under test before their own ports (which the clients need) are known.
 */
export async function startOidcProvider(accounts: Record<string, ProviderAccount>): Promise<TestOidcProvider> {
  let handle: ((req: http.IncomingMessage, res: http.ServerResponse) => void) | undefined;
  const server = http.createServer((req, res) => {
    if (handle) return handle(req, res);
    res.writeHead(503).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });

  return {
    issuer,
    serve(clients) {
      const provider = new Provider(issuer, {
        clients,
        jwks: { keys: [{ ...signingKey, kid: 'test', use: 'sig', alg: 'RS256' }] },
        cookies: { keys: ['oidc-test-cookie-key'] },
        pkce: { required: () => true },
        claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
        features: { devInteractions: { enabled: true } },
        // Set, rather than left to defaults that the provider warns about on every use.
        ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
        findAccount(_ctx, sub) {
          const account = accounts[sub];
          if (!account) return undefined;
          return {
            accountId: sub,
            claims: () => ({ sub, email: account.email, email_verified: account.emailVerified, name: account.name }),
          };
        },
      });
      const callback = provider.callback();
      handle = (req, res) => void callback(req, res);
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
