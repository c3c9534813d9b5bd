/**
 * Shared checks for every output parser: typed errors naming the tool, and positions that are
 * positive safe integers (anything else is dropped from the finding, never trusted).
 */
import { ConfigurationError } from '@quality/kit/errors';
import type { Finding, Severity } from '@quality/kit/findings';
import type { PathContext } from '../paths.js';

export type { Finding, Severity, PathContext };

/** The output of a tool could not be read: the tool's name and what was wrong. */
export class ToolOutputError extends ConfigurationError {
  override readonly name = 'ToolOutputError';
  constructor(
    readonly tool: string,
    problem: string,
    where?: { file?: string; line?: number },
  ) {
    const at = where?.file
      ? `${where.file}${where.line !== undefined ? `:${where.line}` : ''}: `
      : `${tool}'s output: `;
    super(`${at}${problem}.`);
  }
}

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** A 1-based position: a safe positive integer, else undefined. `zeroBased` adds 1 first. */
export function pos(v: unknown, zeroBased = false): number | undefined {
  const n = typeof v === 'string' && /^\d{1,16}$/.test(v) ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) return undefined;
  const r = zeroBased ? n + 1 : n;
  return r >= 1 ? r : undefined;
}

export function parseJson(tool: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const head = text.trim().slice(0, 80).replace(/\s+/g, ' ');
    throw new ToolOutputError(
      tool,
      `it is not JSON (${(e as Error).message})${head ? `; it starts with "${head}"` : '; it is empty'}`,
    );
  }
}

/** A finding with only the defined positions set (exactOptionalPropertyTypes-friendly). */
export function finding(
  f: Omit<Finding, 'line' | 'column' | 'endLine' | 'endColumn' | 'fix'> & {
    line?: number | undefined;
    column?: number | undefined;
    endLine?: number | undefined;
    endColumn?: number | undefined;
    fix?: string | undefined;
  },
): Finding {
  const out: Finding = { tool: f.tool, rule: f.rule, severity: f.severity, path: f.path, message: f.message };
  if (f.line !== undefined) {
    out.line = f.line;
    if (f.column !== undefined) out.column = f.column;
    if (f.endLine !== undefined && f.endLine >= f.line) {
      out.endLine = f.endLine;
      if (f.endColumn !== undefined) out.endColumn = f.endColumn;
    }
  }
  if (f.fix) out.fix = f.fix;
  return out;
}

/** Lines of a text, without the trailing empty one; CRLF accepted. */
export const lines = (text: string): string[] => text.split(/\r?\n/).filter((l, i, a) => l !== '' || i < a.length - 1);
