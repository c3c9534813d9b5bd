/**
 * JavaScript and TypeScript tools: eslint `-f json`, `tsc --noEmit --pretty false`, biome
 * `--reporter=json` (lint). Tricky rule: eslint's fatal parse errors have no ruleId; they are
 * errors named `parse-error`, never dropped.
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

export function parseEslint(stdout: string, ctx: PathContext): Finding[] {
  const data = parseJson('eslint', stdout);
  if (!Array.isArray(data)) throw new ToolOutputError('eslint', 'expected a JSON array of files (-f json)');
  const out: Finding[] = [];
  for (const file of data) {
    if (!isObj(file) || typeof file.filePath !== 'string' || !Array.isArray(file.messages))
      throw new ToolOutputError('eslint', 'a file entry has no filePath or messages');
    const path = repoPath(file.filePath, ctx);
    for (const m of file.messages) {
      if (!isObj(m)) continue;
      const fatal = m.fatal === true;
      const fixable = isObj(m.fix);
      out.push(
        finding({
          tool: 'eslint',
          rule: str(m.ruleId) ?? (fatal ? 'parse-error' : 'eslint'),
          severity: m.severity === 2 || fatal ? 'error' : 'warning',
          path,
          line: pos(m.line),
          column: pos(m.column),
          endLine: pos(m.endLine),
          endColumn: pos(m.endColumn),
          message: str(m.message) ?? '',
          fix: fixable ? 'Fixable: eslint --fix' : undefined,
        }),
      );
    }
  }
  return out;
}

const TSC = /^(.+?)\((\d+),(\d+)\): (error|warning|message) (TS\d+): (.*)$/;
const TSC_GLOBAL = /^(error|warning|message) (TS\d+): (.*)$/;

/**
 * `tsc --pretty false`: one diagnostic per line, continuation lines (a chain of messages)
 * indented below it. A global diagnostic (no file) is kept, attributed to the tsconfig.
 */
export function parseTsc(stdout: string, ctx: PathContext, tsconfig = 'tsconfig.json'): Finding[] {
  const out: Finding[] = [];
  for (const line of lines(stdout)) {
    const m = TSC.exec(line);
    if (m) {
      out.push(
        finding({
          tool: 'tsc',
          rule: m[5]!,
          severity: m[4] === 'error' ? 'error' : m[4] === 'warning' ? 'warning' : 'notice',
          path: repoPath(m[1]!, ctx),
          line: pos(m[2]),
          column: pos(m[3]),
          message: m[6]!,
        }),
      );
      continue;
    }
    const g = TSC_GLOBAL.exec(line);
    if (g) {
      out.push(
        finding({
          tool: 'tsc',
          rule: g[2]!,
          severity: g[1] === 'error' ? 'error' : 'warning',
          path: repoPath(tsconfig, ctx),
          message: g[3]!,
        }),
      );
      continue;
    }
    const last = out[out.length - 1];
    if (last && /^\s/.test(line) && line.trim() !== '') last.message += `\n${line.trim()}`;
  }
  return out;
}

const BIOME_SEVERITY: Record<string, Finding['severity']> = {
  fatal: 'error',
  error: 'error',
  warning: 'warning',
  info: 'notice',
  information: 'notice',
  hint: 'notice',
};

interface BiomeDiagnostic {
  category: string;
  severity: Finding['severity'];
  path: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  message: string;
}

/** Biome's JSON reporter (`lint --reporter=json` or `format --reporter=json`). */
export function readBiome(stdout: string, ctx: PathContext): { command: string; diagnostics: BiomeDiagnostic[] } {
  const data = parseJson('biome', stdout);
  if (!isObj(data) || !Array.isArray(data.diagnostics))
    throw new ToolOutputError('biome', 'expected an object with diagnostics (--reporter=json)');
  const diagnostics: BiomeDiagnostic[] = [];
  for (const d of data.diagnostics) {
    if (!isObj(d)) continue;
    const loc = isObj(d.location) ? d.location : {};
    const file = str(loc.path) ?? (isObj(loc.path) ? str(loc.path.file) : undefined);
    if (file === undefined) continue; // a diagnostic about the run (configuration), reported by the exit code
    const start = isObj(loc.start) ? loc.start : {};
    const end = isObj(loc.end) ? loc.end : {};
    const diag: BiomeDiagnostic = {
      category: str(d.category) ?? 'biome',
      severity: own(BIOME_SEVERITY, str(d.severity) ?? '') ?? 'error',
      path: repoPath(file, ctx),
      message: str(d.message) ?? str(d.description) ?? '',
    };
    const line = pos(start.line);
    if (line !== undefined) {
      diag.line = line;
      const column = pos(start.column);
      if (column !== undefined) diag.column = column;
      const endLine = pos(end.line);
      if (endLine !== undefined) diag.endLine = endLine;
      const endColumn = pos(end.column);
      if (endColumn !== undefined) diag.endColumn = endColumn;
    }
    diagnostics.push(diag);
  }
  return { command: str(data.command) ?? '', diagnostics };
}

export function parseBiomeLint(stdout: string, ctx: PathContext): Finding[] {
  return readBiome(stdout, ctx).diagnostics.map((d) =>
    finding({ tool: 'biome', rule: d.category.replace(/^lint\//, ''), ...d }),
  );
}
