/**
 * SARIF 2.1.0 files (any tool's), streamed: each result is built, turned into a finding and
 * dropped. Tricky rule: a run's `tool` may come after its `results` (keys in any order); only then
 * are results kept raw until the tool name and the rules' default levels are known.
 */
import { repoPath } from '../paths.js';
import { finding, isObj, pos, str, ToolOutputError, type Finding, type Obj, type PathContext } from './common.js';
import { JsonStream, type JsonPath } from './json-stream.js';
import { own } from '@quality/kit/lookup';

interface Pending {
  result: Obj;
}

interface RunInfo {
  name?: string;
  rules: Obj[];
  /** The rules by id, the first of each id (what a search of `rules` would find). */
  ruleById: Map<string, Obj>;
  bases: Obj;
  /** Results seen before the run's tool: kept raw until the tool (name, rules) is known. */
  pending: Pending[];
  /** Results read once the tool was known (the usual order): findings straight away. */
  findings: Finding[];
}

const LEVEL: Record<string, Finding['severity']> = {
  error: 'error',
  warning: 'warning',
  note: 'notice',
  none: 'notice',
};

function messageText(m: unknown, rule: Obj | undefined): string {
  if (!isObj(m)) return '';
  const text = str(m.text) ?? str(m.markdown);
  if (text !== undefined) return fill(text, m.arguments);
  const id = str(m.id);
  const strings = rule && isObj(rule.messageStrings) ? rule.messageStrings : {};
  const s = id && isObj(strings[id]) ? str((strings[id] as Obj).text) : undefined;
  return s ? fill(s, m.arguments) : '';
}

const fill = (s: string, args: unknown) =>
  Array.isArray(args)
    ? s.replace(/\{(\d+)\}/g, (all, n: string) =>
        typeof args[Number(n)] === 'string' ? (args[Number(n)] as string) : all,
      )
    : s;

function uriToPath(uri: string, base: string | undefined, bases: Obj): string {
  let u = uri;
  if (base && isObj(bases[base])) {
    const b = str((bases[base] as Obj).uri);
    if (b && !/^[a-z]+:/i.test(u)) u = b.replace(/\/?$/, '/') + u;
  }
  if (/^file:/i.test(u)) u = u.replace(/^file:(\/\/[^/]*)?/i, '');
  try {
    return decodeURIComponent(u);
  } catch {
    return u;
  }
}

function toFinding(result: Obj, run: RunInfo, ctx: PathContext, file: string): Finding | undefined {
  const kind = str(result.kind);
  if (kind === 'pass' || kind === 'notApplicable') return undefined;
  const ruleIndex =
    typeof result.ruleIndex === 'number'
      ? result.ruleIndex
      : isObj(result.rule) && typeof result.rule.index === 'number'
        ? result.rule.index
        : -1;
  const ruleId = str(result.ruleId) ?? (isObj(result.rule) ? str(result.rule.id) : undefined);
  const rule = run.rules[ruleIndex] ?? (ruleId === undefined ? undefined : run.ruleById.get(ruleId));
  const defaultLevel = rule && isObj(rule.defaultConfiguration) ? str(rule.defaultConfiguration.level) : undefined;
  const level =
    str(result.level) ?? (kind === 'informational' || kind === 'review' ? 'note' : defaultLevel) ?? 'warning';
  const severity = own(LEVEL, level);
  if (severity === undefined)
    throw new ToolOutputError('sarif', `a result has the level "${level.slice(0, 40)}"`, { file });
  const loc = Array.isArray(result.locations) && isObj(result.locations[0]) ? result.locations[0] : {};
  const phys = isObj(loc.physicalLocation) ? loc.physicalLocation : {};
  const art = isObj(phys.artifactLocation) ? phys.artifactLocation : {};
  const region = isObj(phys.region) ? phys.region : {};
  const uri = str(art.uri);
  const fixes = Array.isArray(result.fixes) && isObj(result.fixes[0]) ? result.fixes[0] : undefined;
  const fix = fixes && isObj(fixes.description) ? str(fixes.description.text) : undefined;
  return finding({
    tool: run.name ?? 'sarif',
    rule: ruleId ?? (rule ? str(rule.id) : undefined) ?? 'sarif',
    severity,
    path: uri === undefined ? file : repoPath(uriToPath(uri, str(art.uriBaseId), run.bases), ctx),
    line: pos(region.startLine),
    column: pos(region.startColumn),
    endLine: pos(region.endLine),
    endColumn: pos(region.endColumn),
    message: messageText(result.message, rule),
    fix: fix ? `Fix: ${fix}` : undefined,
  });
}

const isRun = (p: JsonPath) => p.length >= 2 && p[0] === 'runs' && typeof p[1] === 'number';

/** Read a SARIF 2.1.0 file. `file` names it in errors and stands in for a result without a location. */
function byId(rules: readonly Obj[]): Map<string, Obj> {
  const m = new Map<string, Obj>();
  for (const r of rules) if (typeof r.id === 'string' && !m.has(r.id)) m.set(r.id, r);
  return m;
}

export async function parseSarif(
  chunks: AsyncIterable<Buffer | string>,
  file: string,
  ctx: PathContext,
): Promise<Finding[]> {
  const runs = new Map<number, RunInfo>();
  const runOf = (i: number) => {
    let r = runs.get(i);
    if (!r) runs.set(i, (r = { rules: [], ruleById: new Map(), bases: {}, pending: [], findings: [] }));
    return r;
  };
  let version: unknown;
  const want = (p: JsonPath): boolean => {
    if (p.length === 1) return p[0] === 'version';
    if (!isRun(p)) return false;
    if (p.length === 3) return p[2] === 'originalUriBaseIds';
    if (p.length === 4) return p[2] === 'results' && typeof p[3] === 'number';
    if (p.length === 5) return p[2] === 'tool' && p[3] === 'driver' && (p[4] === 'name' || p[4] === 'rules');
    return false;
  };
  const stream = new JsonStream(file, want, 5, (p, v) => {
    if (p.length === 1) {
      version = v;
      return;
    }
    const run = runOf(p[1] as number);
    if (p[2] === 'originalUriBaseIds' && isObj(v)) run.bases = v;
    else if (p[2] === 'results' && isObj(v)) {
      // The tool object is complete before a later sibling starts: convert now, keep no raw result.
      if (run.name !== undefined) {
        const f = toFinding(v, run, ctx, file);
        if (f) run.findings.push(f);
      } else run.pending.push({ result: v });
    } else if (p[4] === 'name' && typeof v === 'string') run.name = v;
    else if (p[4] === 'rules' && Array.isArray(v)) {
      run.rules = v.filter(isObj);
      run.ruleById = byId(run.rules);
    }
  });
  for await (const c of chunks) stream.write(c);
  stream.end();
  if (version !== '2.1.0')
    throw new ToolOutputError(
      'sarif',
      `the version is ${JSON.stringify(version) ?? 'missing'}: only SARIF 2.1.0 is read`,
      { file },
    );
  const out: Finding[] = [];
  for (const i of [...runs.keys()].sort((a, b) => a - b)) {
    const run = runs.get(i)!;
    for (const f of run.findings) out.push(f);
    for (const { result } of run.pending) {
      const f = toFinding(result, run, ctx, file);
      if (f) out.push(f);
    }
  }
  return out;
}
