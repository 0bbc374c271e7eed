import type { EngineApi } from './engineApi.ts';

/** What replay prints for a gate case: the request as text and the decision the gate gave. */
export function explainDecision(engine: EngineApi, bytes: Uint8Array): string {
  const text = Buffer.from(bytes).toString('utf8');
  return `request: ${text.length > 2000 ? `${text.slice(0, 2000)} … (${text.length} characters)` : text}\ndecision: ${JSON.stringify(engine.decideRequest(bytes))}`;
}
