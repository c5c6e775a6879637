import type { Session } from '../auth/sessions.ts';
import type { User } from '../db/types.ts';
import type { Services } from '../services.ts';

export interface AppEnv {
  Variables: {
    services: Services;
    session: Session | null;
    user: User | null;
  };
}
