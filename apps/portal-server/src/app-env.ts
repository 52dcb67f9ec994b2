import type { Database } from './db/database.js';
import type { Session } from './auth/session.js';

/** What every request carries through the middleware chain. */
export interface AppEnv {
  Variables: {
    db: Database;
    session: Session | undefined;
    secure: boolean;
  };
}
