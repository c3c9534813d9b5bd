/**
 * The job summary and annotations of a test run: totals, every failure with its message (the full
 * text in a collapsed block), the slowest tests, the flaky ones. Outside text (test names,
 * messages, stack traces) is escaped for Markdown; stack traces go in fenced blocks whose fence is
 * longer than any backtick run inside.
 *
 * Tricky rule: failures become kit Findings (severity error) so annotations follow the one ranking
 * and GitHub's caps; the summary says how many were not shown as annotations.
 */
import type { Finding } from '@quality/kit/findings';
import { fitSummary, LIMITS } from '@quality/kit/limits';
import { code, details, table, text } from '@quality/kit/markdown';
import type { TestReport } from './results.js';

/** Failures with a place in the repository, as findings for annotations. */
export function failureFindings(r: TestReport): Finding[] {
  return r.failures.flatMap((f) =>
    f.path === undefined
      ? []
      : [
          {
            tool: f.producer === 'junit' ? 'test' : f.producer,
            rule: f.outcome === 'errored' ? `error in ${f.name}` : f.name,
            severity: 'error' as const,
            path: f.path,
            ...(f.line !== undefined ? { line: f.line } : {}),
            message: f.message,
          },
        ],
  );
}

function fenced(s: string): string {
  let longest = 2;
  for (const m of s.matchAll(/`{3,}/g)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${s.replace(/\r\n?/g, '\n')}\n${fence}`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export interface TestSummaryOptions {
  title?: string;
  /** Failures not shown as annotations (GitHub's caps). */
  annotationsOmitted?: number;
  /** Why the step fails, when it does. */
  verdict?: string;
  maxBytes?: number;
}

export function renderTestSummary(r: TestReport, opts: TestSummaryOptions = {}): string {
  const t = r.tests;
  const out: string[] = [`## ${text(opts.title ?? 'Tests')}`, ''];
  const status = opts.verdict ? `:x: ${text(opts.verdict)}` : ':white_check_mark: All tests passed.';
  out.push(status, '');
  out.push(
    table(
      ['Total', 'Passed', 'Failed', 'Errored', 'Skipped', 'Flaky'],
      [[t.total, t.passed, t.failed, t.errored, t.skipped, r.flaky.length].map(String)],
      ['right', 'right', 'right', 'right', 'right', 'right'],
    ),
    '',
  );
  if (opts.annotationsOmitted) {
    out.push(
      `> [!NOTE]\n> ${plural(opts.annotationsOmitted, 'failure')} not shown as annotations (GitHub shows 10 per type per step and 50 per job): all are listed below.`,
      '',
    );
  }
  if (r.flaky.length) {
    out.push(`### Flaky (failed, then passed when run again)`, '');
    for (const f of r.flaky) out.push(`- ${code(f.name)}${f.path ? ` in ${code(f.path)}` : ''}`);
    out.push('');
  }
  const tail: string[] = [];
  if (r.slowest.length) {
    tail.push('### Slowest tests', '');
    tail.push(
      table(
        ['Seconds', 'Test', 'File'],
        r.slowest.map((s) => [s.seconds.toFixed(3), code(s.name), s.path ? code(s.path) : '']),
        ['right', 'left', 'left'],
      ),
      '',
    );
  }
  const maxBytes = opts.maxBytes ?? LIMITS.summaryBytes;
  const reserve = Buffer.byteLength(tail.join('\n')) + 1024;
  let bytes = Buffer.byteLength(out.join('\n'));
  if (r.failures.length) {
    out.push(`### Failures (${r.failures.length + r.failuresNotListed})`, '');
    let listed = 0;
    for (const f of r.failures) {
      const where = f.path ? `${f.path}${f.line !== undefined ? `:${f.line}` : ''}` : 'no location';
      const head = `${f.outcome === 'errored' ? 'Error' : 'Failed'}: ${f.name} (${where})`;
      const body = `${text(f.message)}\n\n${fenced(f.details ?? f.message)}`;
      const block = `${details(head, body)}\n`;
      const n = Buffer.byteLength(block) + 1;
      if (bytes + n > maxBytes - reserve) break;
      out.push(block);
      bytes += n;
      listed++;
    }
    const more = r.failures.length - listed + r.failuresNotListed;
    if (more > 0) {
      out.push(
        `> [!WARNING]\n> ${plural(more, 'more failure')} not listed: run \`quality test --json\` locally for all of them.`,
        '',
      );
    }
  }
  return fitSummary([...out, ...tail].join('\n'), maxBytes).text;
}
