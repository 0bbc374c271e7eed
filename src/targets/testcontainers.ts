/**
 * `testcontainers`: a throw-away Postgres container, used when no server URL is given and a
 * container runtime exists. Clones are scratch databases inside it, as on `postgres://`.
 */
import { PostgresServerTarget, POSTGRES_CAPABILITIES } from './postgres.ts';
import { TargetError, type Clone, type CloneOptions, type Target, type TargetOptions } from './target.ts';
import type { Census } from './clusterCensus.ts';

export const CONTAINER_IMAGE = 'postgres:16-alpine';

/** Why no container runtime can be used, or `null` when one answers. */
export async function containerRuntimeProblem(): Promise<string | null> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return null;
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    return /working container runtime/i.test(message) ? 'no container runtime' : `container runtime unusable: ${message}`;
  }
}

export class TestcontainersTarget implements Target {
  readonly kind = 'testcontainers' as const;
  readonly id = 'testcontainers';
  readonly capabilities = POSTGRES_CAPABILITIES;
  private started: Promise<{ server: PostgresServerTarget; stop: () => Promise<unknown> }> | null = null;

  constructor(private readonly options: TargetOptions = {}) {}

  private start() {
    this.started ??= (async () => {
      const problem = await containerRuntimeProblem();
      if (problem) throw new TargetError(`cannot use target testcontainers: ${problem}`);
      const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
      const container = await new PostgreSqlContainer(CONTAINER_IMAGE).start();
      const server = new PostgresServerTarget(this.id, container.getConnectionUri(), 'container', this.options);
      return { server, stop: () => container.stop() };
    })();
    return this.started;
  }

  async createClone(options: CloneOptions = {}): Promise<Clone> {
    const { server } = await this.start();
    return server.createClone(options);
  }

  async missingExtensions(names: readonly string[]): Promise<string[]> {
    const { server } = await this.start();
    return server.missingExtensions(names);
  }

  async census(): Promise<Census> {
    const { server } = await this.start();
    return server.census();
  }

  /** Stops the container; a target that never started (or could not) has nothing to stop. */
  async close(): Promise<void> {
    const started = this.started;
    this.started = null;
    if (!started) return;
    let running: Awaited<typeof started>;
    try {
      running = await started;
    } catch {
      return; // the refusal was already given to whoever asked for a clone
    }
    await running.server.close();
    await running.stop();
  }
}
