import { describe, expect, it } from 'vitest';
import { junitXml } from '../../cli/junit.ts';

describe('JUnit XML', () => {
  it('counts passed, failed and skipped cases, and escapes what it writes', () => {
    const xml = junitXml(
      'suite <1>',
      [
        { classname: 'a.b', name: 'ok', seconds: 1.5 },
        {
          classname: 'a.b',
          name: 'x & "y"',
          failure: { message: 'fails <now>', text: 'line 1\nreproduce with: npx rehearse replay corpora/a/b.json\u0000' },
        },
        { classname: 'c', name: 'later', skipped: 'no server' },
      ],
      2,
    );
    expect(xml).toContain('<testsuite name="suite &lt;1&gt;" tests="3" failures="1" errors="0" skipped="1" time="2.000">');
    expect(xml).toContain('<testcase classname="a.b" name="ok" time="1.500"/>');
    expect(xml).toContain(
      '<testcase classname="a.b" name="x &amp; &quot;y&quot;" time="0.000">\n    <failure message="fails &lt;now&gt;">line 1\nreproduce with: npx rehearse replay corpora/a/b.json\uFFFD</failure>',
    );
    expect(xml).toContain('<skipped message="no server"/>');
  });
});
