/** `rehearse`: the command line. Bad input is one line on stderr and exit 2, never a stack trace. */
import { type Command, CommanderError } from 'commander';
import { buildProgram } from './program.ts';
import { TargetError } from '../src/targets/target.ts';
import { processOutput, UsageError, type Output } from './output.ts';
import { firstLine } from '../src/util/errors.ts';
import { takeLeftBehind } from '../src/util/bestEffort.ts';

/** Every command path (`[]`, `['run']`, `['corpora', 'merge']` …), for tests that run each one's help. */
export function commandPaths(): string[][] {
  const walk = (command: Command, path: string[]): string[][] => [path, ...command.commands.flatMap((c) => walk(c, [...path, c.name()]))];
  return walk(
    buildProgram({ out: () => {}, err: () => {} }, () => {}),
    [],
  );
}

/** `rehearse gate` answers every input with a decision: any failure at all is a DENY, exit 1. */
async function gateFailure(output: Output): Promise<number> {
  const { malformedRequest } = await import('../src/gate/decideRequest.ts');
  output.out(JSON.stringify(malformedRequest('the gate could not read its arguments'), null, 2));
  return 1;
}

/** Clean-up that failed (a scratch database not dropped, a connection not closed) is said, never swallowed. */
function sayLeftBehind(output: Output): void {
  for (const line of takeLeftBehind()) output.err(`rehearse: clean-up left behind: ${line}`);
}

export async function main(argv: readonly string[], output: Output = processOutput): Promise<number> {
  const isGate = argv[0] === 'gate';
  let code = 0;
  const program = buildProgram(output, (c) => {
    code = c;
  });
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return 2;
    }
    await program.parseAsync([...argv], { from: 'user' });
    sayLeftBehind(output);
    return code;
  } catch (error) {
    if (isGate) {
      // The gate's exit 0 is ALLOW and nothing else: its help and version, printed, exit 1 (a CI job running
      // `rehearse gate "$FILE"` with a file named -V or --help must not read them as an ALLOW).
      if (error instanceof CommanderError && error.exitCode === 0) return 1;
      return await gateFailure(output);
    }
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof TargetError || error instanceof UsageError) {
      output.err(`rehearse: ${error.message}`);
      return 2;
    }
    // Not bad input: still one line, but say it is ours.
    const message = firstLine(error);
    output.err(
      `rehearse: internal error: ${message}${process.env.REHEARSE_DEBUG ? `\n${(error as Error).stack}` : ' (set REHEARSE_DEBUG=1 for details)'}`,
    );
    return 70;
  }
}
