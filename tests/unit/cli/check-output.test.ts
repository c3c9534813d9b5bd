/**
 * What `quality check` keeps of a step's stderr: the command's own lines whole, and a bounded tail
 * of everything that says how much it left out (a test runner can print millions of lines).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { StderrCapture, TAIL_LINE_CHARS, TAIL_LINES } from '../../../packages/cli/src/commands/check-output.js';
import { GitRepo, removeAll } from '../../support/git-repo.js';
import { quality } from './run.js';

afterAll(removeAll);

const lines = (from: number, to: number, prefix = 'line') =>
  Array.from({ length: to - from }, (_, i) => `${prefix} ${from + i}\n`).join('');

describe('StderrCapture', () => {
  it('keeps the last lines of a long output and says how many earlier ones it left out', () => {
    const c = new StderrCapture('test');
    for (let i = 0; i < 1000; i++) c.write(lines(i * 100, (i + 1) * 100));
    const tail = c.tail();
    expect(tail).toHaveLength(TAIL_LINES + 1);
    expect(tail[0]).toBe(`(${100_000 - TAIL_LINES} earlier lines omitted)`);
    expect(tail.slice(1)).toEqual(
      lines(100_000 - TAIL_LINES, 100_000)
        .trimEnd()
        .split('\n'),
    );
  });

  it('a short output: every non-blank line, no omission line', () => {
    const c = new StderrCapture('lint');
    c.write('one\n\n  \ntw');
    c.write('o\nthree');
    expect(c.tail()).toEqual(['one', 'two', 'three']);
  });

  it('cuts a line too long to show, and a huge line without a newline stays bounded while it comes', () => {
    const c = new StderrCapture('test');
    c.write(`${'x'.repeat(TAIL_LINE_CHARS + 5)}\n`);
    for (let i = 0; i < 100; i++) c.write('y'.repeat(100_000)); // 10 MB, no newline
    const [long, huge] = c.tail();
    expect(long).toBe(`${'x'.repeat(TAIL_LINE_CHARS)} … (5 more characters)`);
    expect(huge).toBe(`${'y'.repeat(TAIL_LINE_CHARS)} … (${10_000_000 - TAIL_LINE_CHARS} more characters)`);
  });

  it("keeps every line of the command's own, and for test none of the runner's output", () => {
    const c = new StderrCapture('test');
    c.write(
      `warning: quality.yml:3: a note\n${lines(0, 50, 'warning: x')}quality test: running npx jest (the package.json test script)\n`,
    );
    c.write(`${lines(0, 1000)}warning: from the runner\nquality test: not ours either\n`);
    const own = c.ownLines();
    expect(own).toHaveLength(52);
    expect(own[0]).toBe('warning: quality.yml:3: a note');
    expect(own.at(-1)).toBe('quality test: running npx jest (the package.json test script)');
    // Another command's lines are all its own (no runner output to tell apart).
    const lint = new StderrCapture('lint');
    lint.write(`${lines(0, 100)}quality lint: eslint: could not run\nwarning: late\n`);
    expect(lint.ownLines()).toEqual(['quality lint: eslint: could not run', 'warning: late']);
  });
});

describe('quality check: a test step that prints a lot', () => {
  let repo: GitRepo;
  beforeAll(async () => {
    repo = await GitRepo.init();
    // A command quality cannot read results from: the step could not run, its output's tail shown.
    const script = "for (let i = 0; i < 200000; i++) console.error('runner line ' + i)";
    await repo.commit('base', {
      '.github/quality.yml': `test:\n  command: ${JSON.stringify(['node', '-e', script])}\n`,
    });
  });

  it('shows the last lines of the output under the step, after how many were omitted', async () => {
    const r = await quality(['check', '--only', 'test'], repo.dir);
    expect(r.stdout).toMatch(/^ERROR test .*quality cannot tell which tests passed/m);
    const details = r.stdout.split('\n').filter((l) => l.startsWith('        '));
    // The runner's lines and quality test's own "running" line before them.
    expect(details[0]).toBe(`        (${200_001 - TAIL_LINES} earlier lines omitted)`);
    expect(details.slice(1)).toEqual(
      Array.from({ length: TAIL_LINES }, (_, i) => `        runner line ${200_000 - TAIL_LINES + i}`),
    );
    expect(r.code).toBe(2);
  });
});
