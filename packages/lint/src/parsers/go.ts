/**
 * Go tools: `go vet -json` (on stderr: `# package` lines, each followed by a JSON object of
 * analyzer -> diagnostics), golangci-lint's JSON, staticcheck `-f json` (one object per line).
 * Tricky rule: go vet's JSON objects span lines, so they are read by brace depth, linearly.
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

/** `file:line:col` or `file:line` (the path may hold ':' on Windows). */
function posn(s: string): { file: string; line?: number; column?: number } {
  const m = /^(.*?):(\d+)(?::(\d+))?$/.exec(s);
  if (!m) return { file: s };
  const r: { file: string; line?: number; column?: number } = { file: m[1]! };
  const line = pos(m[2]);
  if (line !== undefined) r.line = line;
  const column = pos(m[3]);
  if (column !== undefined) r.column = column;
  return r;
}

/** The top-level JSON objects of a text where other lines (`# pkg`) come between them. */
function jsonObjects(tool: string, text: string): unknown[] {
  const out: unknown[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
      continue;
    }
    if (depth === 0) {
      if (c === 0x7b) {
        start = i;
        depth = 1;
      } else if (c === 0x23 || c === 0x0a || c === 0x0d || c === 0x20) {
        // a `# package` comment line, or blank space: skip the rest of a comment line
        if (c === 0x23) {
          const nl = text.indexOf('\n', i);
          i = nl === -1 ? text.length : nl;
        }
      } else {
        const nl = text.indexOf('\n', i);
        const line = text.slice(i, nl === -1 ? undefined : nl);
        throw new ToolOutputError(tool, `unexpected text "${line.slice(0, 120)}" (a build error?)`);
      }
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b) depth++;
    else if (c === 0x7d && --depth === 0) out.push(parseJson(tool, text.slice(start, i + 1)));
  }
  if (depth !== 0) throw new ToolOutputError(tool, 'the output ends inside a JSON object');
  return out;
}

export function parseGoVet(stderr: string, ctx: PathContext): Finding[] {
  const out: Finding[] = [];
  for (const obj of jsonObjects('go vet', stderr)) {
    if (!isObj(obj)) continue;
    for (const analyzers of Object.values(obj)) {
      if (!isObj(analyzers)) continue;
      for (const [analyzer, diags] of Object.entries(analyzers)) {
        // `{"error": "..."}` instead of a list: the analyzer could not run on the package.
        if (!Array.isArray(diags)) {
          if (isObj(diags) && typeof diags.error === 'string')
            throw new ToolOutputError('go vet', `analyzer ${analyzer} failed: ${diags.error}`);
          continue;
        }
        for (const d of diags) {
          if (!isObj(d)) continue;
          const p = posn(str(d.posn) ?? '');
          const end = str(d.end) ? posn(str(d.end)!) : undefined;
          out.push(
            finding({
              tool: 'go-vet',
              rule: analyzer,
              severity: 'error',
              path: repoPath(p.file, ctx),
              line: p.line,
              column: p.column,
              endLine: end?.line,
              endColumn: end?.column,
              message: str(d.message) ?? '',
            }),
          );
        }
      }
    }
  }
  return out;
}

const GOLANGCI_SEVERITY: Record<string, Finding['severity']> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
  notice: 'notice',
};

/** golangci-lint's JSON (`--output.json.path stdout` in v2, `--out-format json` in v1). An empty Severity is an error, as its checkstyle and SARIF printers treat it. */
export function parseGolangci(stdout: string, ctx: PathContext): Finding[] {
  const text = stdout.trim();
  // v2 may print a text summary after the JSON object: read the first line.
  const first = text.startsWith('{') ? (text.split('\n', 1)[0] ?? '') : text;
  const data = parseJson('golangci-lint', first);
  if (!isObj(data)) throw new ToolOutputError('golangci-lint', 'expected a JSON object with Issues');
  const issues = data.Issues ?? [];
  if (!Array.isArray(issues)) throw new ToolOutputError('golangci-lint', 'Issues is not a list');
  return issues.filter(isObj).map((i) => {
    const p = isObj(i.Pos) ? i.Pos : {};
    return finding({
      tool: 'golangci-lint',
      rule: str(i.FromLinter) ?? 'golangci-lint',
      severity: own(GOLANGCI_SEVERITY, (str(i.Severity) ?? '').toLowerCase()) ?? 'error',
      path: repoPath(str(p.Filename) ?? '', ctx),
      line: pos(p.Line),
      column: pos(p.Column),
      message: str(i.Text) ?? '',
    });
  });
}

/** staticcheck `-f json`: one object per line; `ignored` problems (with -show-ignored) are left out. */
export function parseStaticcheck(stdout: string, ctx: PathContext): Finding[] {
  const out: Finding[] = [];
  for (const line of lines(stdout)) {
    if (line.trim() === '') continue;
    const d = parseJson('staticcheck', line);
    if (!isObj(d)) throw new ToolOutputError('staticcheck', 'expected one JSON object per line (-f json)');
    if (d.severity === 'ignored') continue;
    const loc = isObj(d.location) ? d.location : {};
    const end = isObj(d.end) ? d.end : {};
    out.push(
      finding({
        tool: 'staticcheck',
        rule: str(d.code) ?? 'staticcheck',
        severity: d.severity === 'warning' ? 'warning' : 'error',
        path: repoPath(str(loc.file) ?? '', ctx),
        line: pos(loc.line),
        column: pos(loc.column),
        endLine: pos(end.line),
        endColumn: pos(end.column),
        message: str(d.message) ?? '',
      }),
    );
  }
  return out;
}
