import { describe, it, expect } from '@jest/globals';
import { makeWorkspace, parseCommands, parseEnvFile, runAction } from './harness/index.js';
import { evaluate, runComposite } from './harness/composite.js';

describe('env file and workflow command parsing', () => {
  it('reads both the k=v and the heredoc forms', () => {
    const text = 'a=1\nmulti<<ghadelimiter_abc\nline 1\n\nline 3\nghadelimiter_abc\nb=x=y\n';
    expect(parseEnvFile(text)).toEqual({ a: '1', multi: 'line 1\n\nline 3', b: 'x=y' });
    expect(() => parseEnvFile('m<<EOF\nno end\n')).toThrow(/no closing delimiter/);
  });

  it('unescapes workflow command properties and data', () => {
    const [c] = parseCommands('::error file=src/a%2C b.ts,line=3,title=T%3Ax::50%25 done%0Anext');
    expect(c).toEqual({
      command: 'error',
      properties: { file: 'src/a, b.ts', line: '3', title: 'T:x' },
      message: '50% done\nnext',
    });
  });
});

describe('runAction on the fixture action', () => {
  it('runs main with inputs, defaults and the event, then post with the saved state', async () => {
    const r = await runAction('fixture', {
      inputs: { greeting: 'Ada | <b>' },
      event: { name: 'pull_request', payload: { number: 7 } },
      post: true,
      token: 'ghs_abc',
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.message).toBe('hello Ada | <b>\nsecond line\n\nafter a blank line');
    expect(r.outputs.event).toBe('pull_request');
    // the default `${{ github.token }}` was expanded as the runner does
    expect(r.outputs['token-length']).toBe(String('ghs_abc'.length));
    expect(r.state).toEqual({ greeting: 'Ada | <b>' });
    expect(r.summary).toContain('Ada \\| &lt;b&gt;');
    expect(r.post?.exitCode).toBe(0);
    expect(r.post?.outputs['post-saw']).toBe('Ada | <b>');
  });

  it('parses annotations with file and line, capped at 10 per type', async () => {
    const r = await runAction('fixture', { inputs: { greeting: 'x' } });
    const errors = r.annotations.filter((a) => a.level === 'error');
    expect(errors).toEqual([
      {
        level: 'error',
        message: 'uncovered line in x',
        file: 'src/a, b.ts',
        line: 3,
        endLine: 5,
        col: undefined,
        title: 'Coverage',
      },
    ]);
    const warnings = r.annotations.filter((a) => a.level === 'warning');
    expect(warnings).toHaveLength(10);
    expect(warnings[0]!.message).toBe('w11');
  });

  it('fails with the message of a configuration error, and with a bug report for anything else', async () => {
    const conf = await runAction('fixture', { inputs: { mode: 'config-error' } });
    expect(conf.exitCode).toBe(1);
    expect(conf.annotations[0]).toMatchObject({
      level: 'error',
      message: "Input 'mode' asked for a configuration error.",
    });
    const bug = await runAction('fixture', { inputs: { mode: 'bug' } });
    expect(bug.exitCode).toBe(1);
    expect(bug.annotations[0]!.message).toMatch(/^Unexpected error: something broke\. This is a bug/);
    // The stack goes to the debug log (shown only with step debugging), not into the error.
    expect(bug.annotations[0]!.message).not.toContain(' at ');
    expect(bug.commands.find((c) => c.command === 'debug')?.message).toMatch(/^TypeError: something broke\n\s+at /);
  });

  it('names a bad enum input with the allowed values', async () => {
    const r = await runAction('fixture', { inputs: { mode: 'nope' } });
    expect(r.exitCode).toBe(1);
    expect(r.annotations[0]!.message).toBe(
      `Input 'mode' has the value "nope": expected one of 'ok', 'config-error', 'bug'.`,
    );
  });

  it('does not inherit the test process environment', async () => {
    process.env.QUALITY_LEAK_CHECK = 'leaked';
    try {
      const r = await runAction('fixture', { inputs: { greeting: process.env.QUALITY_LEAK_CHECK ? 'y' : 'n' } });
      expect(r.exitCode).toBe(0);
      expect(r.stdout).not.toContain('leaked');
    } finally {
      delete process.env.QUALITY_LEAK_CHECK;
    }
  });
});

describe('runComposite on the composite fixture action', () => {
  it('expands env from inputs, carries GITHUB_ENV, sets GITHUB_ACTION_PATH, evaluates outputs', async () => {
    const ws = makeWorkspace({ 'sub/x.txt': 'x\n' });
    const r = await runComposite('composite-fixture', { workspace: ws, inputs: { greeting: 'Ada $(id)', dir: 'sub' } });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toEqual({ message: 'hello Ada $(id)', carried: 'from step 1 in sub' });
    expect(r.summary).toBe('### Ada $(id)\n');
    expect(r.annotations).toEqual([expect.objectContaining({ level: 'warning', file: 'a.txt', line: 2 })]);
    expect(r.steps.map((s) => [s.id, s.ran])).toEqual([
      ['greet', true],
      ['maybe-fail', false],
      ['after', true],
      ['on-failure', false],
    ]);
  });

  it('stops at a failing step, skips the rest, and runs the failure() step', async () => {
    const r = await runComposite('composite-fixture', { inputs: { fail: 'TRUE' } });
    expect(r.exitCode).toBe(3);
    expect(r.steps.map((s) => [s.id, s.ran])).toEqual([
      ['greet', true],
      ['maybe-fail', true],
      ['after', false],
      ['on-failure', true],
    ]);
    expect(r.stdout).toContain('cleanup ran');
    expect(r.outputs.carried).toBe('');
  });

  it('refuses expressions it cannot evaluate instead of guessing', () => {
    const ctx = { inputs: { a: 'x' }, github: {}, runner: {}, env: {}, steps: {}, status: 'success' as const };
    expect(evaluate("inputs.a == 'X' && !(inputs.b)", ctx)).toBe(true);
    expect(evaluate("inputs.b || 'default'", ctx)).toBe('default');
    expect(() => evaluate('fromJSON(inputs.a)', ctx)).toThrow(/unsupported function/);
    expect(() => evaluate('secrets.TOKEN', ctx)).toThrow(/unknown context/);
  });
});
