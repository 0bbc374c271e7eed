/**
 * A JSON object keyed by the input's own names (tables, sequences), checked value by value and
 * kept as it was parsed. `z.record` copies into a new `{}`, where a key `__proto__` sets the
 * copy's prototype and is gone: a table of that name vanished from a proof's row counts and from
 * a plan's `expected_delta`. The parsed object (null-prototype from `parseStrictJson`, an own
 * property from `JSON.parse`) holds every key as a key; a value's problem is reported at its key.
 */
import { z } from 'zod';

export function keyedRecord<T extends z.ZodType>(value: T) {
  return z
    .custom<Record<string, z.infer<T>>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), 'expected an object')
    .superRefine((record, ctx) => {
      for (const [key, v] of Object.entries(record)) {
        const checked = value.safeParse(v);
        if (!checked.success)
          for (const issue of checked.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: [key, ...issue.path] });
      }
    });
}
