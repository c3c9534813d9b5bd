/**
 * Python tools: ruff `check --output-format json`, flake8 (default format or `--format=pylint`),
 * pylint `--output-format=json`, mypy (`--show-column-numbers --show-error-codes
 * --no-error-summary`). Tricky rule: pylint's columns are 0-based, the others' 1-based.
 */
import { repoPath } from '../paths.js';
import {
  finding,
  isObj,
  lines,
  parseJson,
  pos,
  str,
  ToolOutputError,
  type Finding,
  type PathContext,
} from './common.js';
import { own } from '@quality/kit/lookup';

export function parseRuff(stdout: string, ctx: PathContext): Finding[] {
  const data = parseJson('ruff', stdout);
  if (!Array.isArray(data)) throw new ToolOutputError('ruff', 'expected a JSON array (--output-format json)');
  return data.filter(isObj).map((d) => {
    const loc = isObj(d.location) ? d.location : {};
    const end = isObj(d.end_location) ? d.end_location : {};
    const fix = isObj(d.fix) ? str(d.fix.message) : undefined;
    const code = str(d.code);
    return finding({
      tool: 'ruff',
      rule: code ?? 'syntax-error',
      // ruff's own severity field (newer versions) or: everything ruff reports is an error.
      severity: d.severity === 'warning' ? 'warning' : d.severity === 'info' ? 'notice' : 'error',
      path: repoPath(str(d.filename) ?? '', ctx),
      line: pos(loc.row),
      column: pos(loc.column),
      endLine: pos(end.row),
      endColumn: pos(end.column),
      message: str(d.message) ?? '',
      fix: fix ? `Fix: ${fix} (ruff check --fix)` : undefined,
    });
  });
}

const FLAKE8 = /^(.+?):(\d+):(?:(\d+):)? ([A-Z]+\d+) (.*)$/;
const FLAKE8_PYLINT = /^(.+?):(\d+): \[([A-Z]+\d+)\] (.*)$/;

/** flake8's default format (`path:line:col: CODE text`) or `--format=pylint`. W (pycodestyle warnings) and C (complexity) codes are warnings, the rest errors (flake8 fails on all). */
export function parseFlake8(stdout: string, ctx: PathContext): Finding[] {
  const out: Finding[] = [];
  for (const line of lines(stdout)) {
    const m = FLAKE8.exec(line);
    const p = m ? undefined : FLAKE8_PYLINT.exec(line);
    if (!m && !p) {
      if (line.trim() === '') continue;
      throw new ToolOutputError('flake8', `unexpected line "${line.slice(0, 120)}"`);
    }
    const [path, ln, col, code, message] = m
      ? [m[1]!, m[2], m[3], m[4]!, m[5]!]
      : [p![1]!, p![2], undefined, p![3]!, p![4]!];
    out.push(
      finding({
        tool: 'flake8',
        rule: code,
        severity: /^[WC]/.test(code) ? 'warning' : 'error',
        path: repoPath(path, ctx),
        line: pos(ln),
        column: pos(col),
        message,
      }),
    );
  }
  return out;
}

const PYLINT_SEVERITY: Record<string, Finding['severity']> = {
  fatal: 'error',
  error: 'error',
  warning: 'warning',
  convention: 'notice',
  refactor: 'notice',
  info: 'notice',
};

export function parsePylint(stdout: string, ctx: PathContext): Finding[] {
  if (stdout.trim() === '') return [];
  const data = parseJson('pylint', stdout);
  if (!Array.isArray(data)) throw new ToolOutputError('pylint', 'expected a JSON array (--output-format=json)');
  return data.filter(isObj).map((d) =>
    finding({
      tool: 'pylint',
      rule: str(d.symbol) ?? str(d['message-id']) ?? 'pylint',
      severity: own(PYLINT_SEVERITY, str(d.type) ?? '') ?? 'warning',
      path: repoPath(str(d.path) ?? '', ctx),
      line: pos(d.line),
      column: pos(d.column, true),
      endLine: pos(d.endLine),
      endColumn: pos(d.endColumn, true),
      message: str(d.message) ?? '',
    }),
  );
}

const MYPY = /^(.+?):(\d+):(?:(\d+):)?(?:(\d+):(\d+):)? (error|warning|note): (.*?)(?:  \[([\w-]+)\])?$/;

/** mypy's text output. A `note` line belongs to the finding above it when it is at the same place. */
export function parseMypy(stdout: string, ctx: PathContext): Finding[] {
  const out: Finding[] = [];
  for (const line of lines(stdout)) {
    const m = MYPY.exec(line);
    if (!m) {
      if (/^(Success|Found \d+ error)/.test(line) || line.trim() === '') continue;
      throw new ToolOutputError('mypy', `unexpected line "${line.slice(0, 120)}"`);
    }
    const path = repoPath(m[1]!, ctx);
    const ln = pos(m[2]);
    const last = out[out.length - 1];
    if (m[6] === 'note' && last && last.path === path && last.line === ln) {
      last.message += `\n${m[7]}`;
      continue;
    }
    out.push(
      finding({
        tool: 'mypy',
        rule: m[8] ?? (m[6] === 'note' ? 'note' : 'mypy'),
        severity: m[6] === 'error' ? 'error' : m[6] === 'warning' ? 'warning' : 'notice',
        path,
        line: ln,
        column: pos(m[3]),
        endLine: pos(m[4]),
        endColumn: pos(m[5]),
        message: m[7]!,
      }),
    );
  }
  return out;
}
