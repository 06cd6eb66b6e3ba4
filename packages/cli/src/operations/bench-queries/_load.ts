import { connectClient } from '@navimpact/server';
import type pg from 'pg';
import { quantile, round } from './_time-query.ts';
import type { LoadPoint } from './results.ts';

/** One query of the mix: its SQL and parameters on the schema under load, and its weight. */
export interface MixQuery {
  sql: string;
  params: unknown[];
  weight: number;
}

// A small deterministic generator per client (mulberry32): every run draws the same sequence of queries.
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function picker(mix: readonly MixQuery[], seed: number): () => MixQuery {
  const total = mix.reduce((sum, q) => sum + q.weight, 0);
  const next = random(seed);
  return () => {
    let r = next() * total;
    for (const q of mix) if ((r -= q.weight) < 0) return q;
    return mix[mix.length - 1]!;
  };
}

async function loop(connection: pg.Client, pick: () => MixQuery, until: number, latencies: number[]): Promise<void> {
  while (performance.now() < until) {
    const q = pick();
    const t0 = performance.now();
    await connection.query(q.sql, q.params);
    latencies.push(performance.now() - t0);
  }
}

/**
 * Runs the weighted mix from `clients` concurrent connections for `seconds`: the queries answered,
 * the throughput and the p95 latency. Connections are all opened before the clock starts.
 */
export async function runLoad(url: string, mix: readonly MixQuery[], clients: number, seconds: number): Promise<LoadPoint> {
  const opened = await Promise.allSettled(Array.from({ length: clients }, () => connectClient(url)));
  const connections = opened.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
  const failed = opened.find((o) => o.status === 'rejected');
  if (failed) {
    await Promise.all(connections.map((c) => c.end().catch(() => {})));
    throw failed.reason;
  }
  const latencies: number[] = [];
  try {
    const start = performance.now();
    await Promise.all(connections.map((c, i) => loop(c, picker(mix, 1000 + i), start + seconds * 1000, latencies)));
    const elapsed = (performance.now() - start) / 1000;
    return { clients, queries: latencies.length, seconds: round(elapsed), throughput: round(latencies.length / elapsed), p95Ms: round(quantile(latencies, 0.95)) };
  } finally {
    await Promise.all(connections.map((c) => c.end().catch(() => {})));
  }
}
