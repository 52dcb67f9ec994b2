import { createApi } from '../../src/app.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { seedDemo } from '../../src/seed/demo.js';
import { TestClient } from './client.js';

/** One in-memory database per test file (PGlite's cold start is seconds), migrated and seeded. */
export async function openFixture(): Promise<{
  db: Database;
  client: () => TestClient;
  signedIn: (login: string) => Promise<TestClient>;
}> {
  const db = await openDatabase({});
  await migrate(db);
  await seedDemo(db);
  const api = createApi({ db });
  const client = () => new TestClient((url, init) => Promise.resolve(api.request(url, init)));
  return { db, client, signedIn: (login) => client().signIn(login) };
}

/** A fixture with the named demo accounts signed in, each its own client, in the order given. */
export async function openSignedIn(
  logins: readonly string[],
): Promise<{ db: Database; clients: TestClient[] }> {
  const fixture = await openFixture();
  return { db: fixture.db, clients: await Promise.all(logins.map(fixture.signedIn)) };
}
