/**
 * JUnit XML, the test-report format CI systems show natively: one `<testsuite>` of test cases,
 * each passed, failed (with a message and text, e.g. the command that reproduces it) or skipped.
 * Written through the seal-token guard, as every file the CLI writes.
 */
import { writeGuardedFile } from '../src/guard/guardedOutput.ts';

export interface JunitCase {
  readonly classname: string;
  readonly name: string;
  readonly seconds?: number;
  readonly failure?: { readonly message: string; readonly text: string };
  readonly skipped?: string;
}

/** Text as XML character data or an attribute value: escaped, and without the characters XML 1.0 forbids. */
function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

export function junitXml(suite: string, cases: readonly JunitCase[], seconds: number): string {
  const failures = cases.filter((c) => c.failure).length;
  const skipped = cases.filter((c) => c.skipped !== undefined && !c.failure).length;
  const body = cases.map((c) => {
    const open = `  <testcase classname="${xml(c.classname)}" name="${xml(c.name)}" time="${(c.seconds ?? 0).toFixed(3)}"`;
    if (c.failure) return `${open}>\n    <failure message="${xml(c.failure.message)}">${xml(c.failure.text)}</failure>\n  </testcase>`;
    if (c.skipped !== undefined) return `${open}>\n    <skipped message="${xml(c.skipped)}"/>\n  </testcase>`;
    return `${open}/>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="${xml(suite)}" tests="${cases.length}" failures="${failures}" skipped="${skipped}" time="${seconds.toFixed(3)}">
<testsuite name="${xml(suite)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds.toFixed(3)}">
${body.join('\n')}
</testsuite>
</testsuites>
`;
}

export function writeJunit(path: string, suite: string, cases: readonly JunitCase[], seconds: number): void {
  writeGuardedFile(path, junitXml(suite, cases, seconds));
}
