/** The fuzz run's report, `fuzz-report/v1` (docs/formats.md): its schema and its type. */
import { z } from 'zod';

export const FUZZ_REPORT_FORMAT = 'fuzz-report/v1';

const resultSchema = z.strictObject({
  property: z.string(),
  target: z.string(),
  runs: z.number().int().min(0),
  runs_per_second: z.number().min(0),
  failures: z.number().int().min(0),
  new_signatures: z.array(z.string()),
  fixtures_written: z.array(z.string()),
  // Additions (docs/formats.md, docs/fuzzing.md): rounds run, seconds spent, and why a unit stopped early.
  rounds: z.number().int().min(0),
  seconds: z.number().min(0),
  error: z.string().nullable(),
  // Additions: cases over time, [seconds since the start, runs so far]; every failure found, new or known.
  // Optional, so reports written before them are still read (as --previous).
  timeline: z.array(z.tuple([z.number().min(0), z.number().int().min(0)])).optional(),
  found: z
    .array(
      z.strictObject({
        signature: z.string(),
        new: z.boolean(),
        fixture: z.string().nullable(),
        counterexample_chars: z.number().int().min(0),
        seconds: z.number().min(0),
        message: z.string(),
      }),
    )
    .optional(),
  // Additions: branch blocks of src/ this unit reached first, when it reached them ([seconds, blocks so far]),
  // and how long since its last new block at the end of the run (null: it never reached one first).
  blocks: z.number().int().min(0).optional(),
  coverage: z.array(z.tuple([z.number().min(0), z.number().int().min(0)])).optional(),
  seconds_since_new_coverage: z.number().min(0).nullable().optional(),
});

const comparisonSchema = z.strictObject({
  previous_start: z.string(),
  /** Failing now, not in the previous run. */
  new: z.array(z.string()),
  /** Failing in the previous run, not now, though the unit it failed in ran again. */
  fixed: z.array(z.string()),
  still_failing: z.array(z.string()),
  rates: z.array(z.strictObject({ property: z.string(), target: z.string(), before: z.number().min(0), after: z.number().min(0) })),
});

export const fuzzReportSchema = z.strictObject({
  format: z.literal(FUZZ_REPORT_FORMAT),
  start: z.string(),
  budget_seconds: z.number().min(0),
  seed: z.number().int(),
  targets: z.array(z.string()),
  results: z.array(resultSchema),
  totals: z.strictObject({
    runs: z.number().int().min(0),
    failures: z.number().int().min(0),
    new_signatures: z.number().int().min(0),
    fixtures_written: z.number().int().min(0),
  }),
  // Additions (docs/formats.md, docs/fuzzing.md): when it ended, whether it was interrupted, its shard, targets left out and why, the tool version.
  finish: z.string(),
  elapsed_seconds: z.number().min(0),
  interrupted: z.boolean(),
  shard: z.string(),
  unavailable_targets: z.array(z.strictObject({ target: z.string(), reason: z.string() })),
  known_signatures_at_start: z.number().int().min(0),
  tool_version: z.string(),
  // Addition: the comparison with a previous report (rehearse fuzz --previous DIR).
  comparison: comparisonSchema.optional(),
  // Additions: how units were scheduled, and branch blocks of src/ reached over the run ([seconds, blocks]).
  schedule: z.enum(['round-robin', 'progress']).optional(),
  coverage: z
    .strictObject({ blocks: z.number().int().min(0), timeline: z.array(z.tuple([z.number().min(0), z.number().int().min(0)])) })
    .optional(),
});

export type FuzzReport = z.infer<typeof fuzzReportSchema>;
export type FuzzComparison = z.infer<typeof comparisonSchema>;
