import type { RelationInfo } from '../../src/capture/stateReader.ts';

/** A relation as a state reader lists it: a table holding its own rows unless told otherwise. */
export const rel = (
  schema: string | null,
  name: string,
  id: string,
  kind: RelationInfo['kind'] = 'table',
  holds: string[] = [id],
): RelationInfo => ({
  id,
  schema,
  name,
  kind,
  holds,
});
