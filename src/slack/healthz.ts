import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ArchiveSource } from '../search/archive';
import type { StateStore } from '../state/store';

/** Where a load balancer asks whether this replica can answer (HTTP mode). */
export const HEALTH_PATH = '/healthz';

export interface Health {
  ok: boolean;
  index: 'ready' | 'loading' | 'unusable';
  store: 'ready' | 'unreachable';
  storeKind: StateStore['kind'];
  /** What is wrong, for the operator (never a secret: no connection string). */
  problems: string[];
}

/** The index is ready once its search shards are loaded; the store once it answers. */
export async function checkHealth(archive: ArchiveSource, store: StateStore): Promise<Health> {
  const problems: string[] = [];
  let index: Health['index'] = 'ready';
  try {
    const lease = archive.lease();
    try {
      if (!lease.archive.isSearchable()) index = 'loading';
    } finally {
      lease.release();
    }
  } catch (error) {
    index = 'unusable';
    problems.push(`index: ${(error as Error).message}`);
  }
  const storeProblem = await store.problem();
  if (storeProblem) problems.push(`store: ${storeProblem}`);
  return { ok: index === 'ready' && !storeProblem, index, store: storeProblem ? 'unreachable' : 'ready', storeKind: store.kind, problems };
}

/** `GET /healthz`: 200 with the health as JSON when this replica can answer, else 503 with the same. */
export function healthRoute(archive: ArchiveSource, store: StateStore) {
  return (_req: IncomingMessage, res: ServerResponse): void => {
    checkHealth(archive, store).then(
      (health) =>
        res
          .writeHead(health.ok ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' })
          .end(JSON.stringify(health)),
      () => res.writeHead(503, { 'content-type': 'application/json' }).end('{"ok":false}'),
    );
  };
}
