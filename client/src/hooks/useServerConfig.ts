import { useEffect, useState } from 'react';
import { getConfig, type ServerConfig } from '../api/config.ts';

/** What a server that cannot be asked is taken to offer: password sign-in, no demo accounts. */
const FALLBACK: ServerConfig = { demo: false, signIn: { passwordSignIn: true, identityProvider: null } };

/** Asked once per page load: the settings do not change while the server runs. */
let asked: Promise<ServerConfig> | null = null;

function serverConfig(): Promise<ServerConfig> {
  asked ??= getConfig().catch(() => {
    asked = null;
    return FALLBACK;
  });
  return asked;
}

/**
 * The installation's public settings (`GET /api/config`): how people sign in, and whether to list the demo
 * accounts (always in development). Null until the answer arrives; a failure reads as password sign-in only.
 */
export function useServerConfig(): ServerConfig | null {
  const [config, setConfig] = useState<ServerConfig | null>(null);

  useEffect(() => {
    let current = true;
    void serverConfig().then((answer) => {
      if (current) setConfig(import.meta.env.DEV ? { ...answer, demo: true } : answer);
    });
    return () => {
      current = false;
    };
  }, []);

  return config;
}
