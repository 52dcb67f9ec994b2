// `pnpm bench` (portal server): 200 simulated schools submitting monitoring answers and roadmap
// saves for 60 s on loopback against the embedded PGlite, each submission with an idempotency key.
// Prints p50/p95 latency, the error count, and the ratio to a peer measured in the same run (the
// health check: one `select 1` through the same stack), then checks 0 lost and 0 duplicated.
// SOAK_SCHOOLS and SOAK_SECONDS change the size.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../src/server.js';
import { runLoad } from './load.js';

const schools = Number(process.env['SOAK_SCHOOLS'] ?? 200);
const seconds = Number(process.env['SOAK_SECONDS'] ?? 60);
const dataDir = await mkdtemp(join(tmpdir(), 'shnro-soak-'));
const server = await startServer({ dataDir });

async function healthLatencies(count: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const started = performance.now();
    await (await fetch(`${server.url}/api/health`)).json();
    out.push(performance.now() - started);
  }
  return out.sort((a, b) => a - b);
}

try {
  const peer = await healthLatencies(200);
  const peerP50 = peer[Math.floor(peer.length / 2)]!;
  console.log(`soak: ${schools} schools × ${seconds} s on ${server.url} (PGlite in ${dataDir})`);
  const figures = await runLoad({ url: server.url, db: server.db, schools, seconds });
  const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log(
    [
      `requests:        ${figures.requests} (${(figures.requests / seconds).toFixed(1)}/s)`,
      `latency p50:     ${fmt(figures.p50)}  (×${(figures.p50 / peerP50).toFixed(1)} the health check's p50 of ${fmt(peerP50)})`,
      `latency p95:     ${fmt(figures.p95)}`,
      `errors:          ${figures.errors}`,
      `acknowledged:    ${figures.acknowledged} monitoring submissions`,
      `stored:          ${figures.stored} (lost: ${figures.acknowledged - figures.stored})`,
      `duplicated:      ${figures.duplicated}`,
    ].join('\n'),
  );
  if (figures.stored !== figures.acknowledged || figures.duplicated > 0) {
    console.error('✗ soak: submissions lost or duplicated');
    process.exitCode = 1;
  }
} finally {
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
}
