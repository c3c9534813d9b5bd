/**
 * Policy checks over action metadata and workflow files: the YAML parses and has the shape
 * GitHub requires, no `${{ }}` expression inside a `run:` script (values go through `env:`),
 * every composite `run:` step names its `shell:`, every third-party `uses:` is pinned to a full
 * commit SHA with a version comment, and every workflow declares `permissions:`.
 */
import { readFileSync } from 'node:fs';
import { parseDocument, LineCounter, isMap, isSeq, isScalar, type Node, type Document } from 'yaml';

export interface Finding {
  file: string;
  line: number;
  rule: string;
  message: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function load(
  file: string,
  text: string,
  findings: Finding[],
): { doc: Document; lc: LineCounter; value: unknown } | undefined {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true });
  if (doc.errors.length) {
    for (const e of doc.errors)
      findings.push({ file, line: e.linePos?.[0]?.line ?? 1, rule: 'yaml', message: e.message.split('\n')[0]! });
    return undefined;
  }
  return { doc, lc, value: doc.toJS() };
}

/** Line of the node at a path (1-based), or 1. */
function lineOf(ctx: { doc: Document; lc: LineCounter }, path: (string | number)[]): number {
  const node = ctx.doc.getIn(path, true) as Node | undefined;
  const range = node && (isScalar(node) || isMap(node) || isSeq(node)) ? node.range : undefined;
  return range ? ctx.lc.linePos(range[0]).line : 1;
}

const EXPR = /\$\{\{/;
/** The toolkit's own pipeline, which a starter template calls by its major tag (`@v1`) by design. */
// A string, not a regular expression: the rename in docs/versioning.md ("Before the first release") finds it.
const TOOLKIT = 'OWNER/quality';
const TOOLKIT_PIPELINE = new RegExp(`^${TOOLKIT.replace(/[.]/g, '\\.')}/\\.github/workflows/quality\\.yml@v\\d+$`);
const SHA = /^[0-9a-f]{40}$/;

/** Check one `uses:` value; `comment` is the text after '#' on the same line. */
function checkUses(uses: string, comment: string | undefined): string | undefined {
  if (uses.startsWith('./')) return undefined;
  if (uses.startsWith('docker://')) {
    return /@sha256:[0-9a-f]{64}$/.test(uses)
      ? undefined
      : `'${uses}' is not pinned by digest (docker://image@sha256:...)`;
  }
  const at = uses.lastIndexOf('@');
  if (at < 0) return `'${uses}' names no ref: pin it to a full commit SHA`;
  const ref = uses.slice(at + 1);
  if (!SHA.test(ref)) return `'${uses}' is not pinned to a full 40-character commit SHA (a tag or branch can be moved)`;
  if (!comment || !/\S/.test(comment))
    return `'${uses}' has no version comment: add '# vX.Y.Z' so people and Dependabot can read it`;
  return undefined;
}

function usesComments(text: string): Map<number, string | undefined> {
  const out = new Map<number, string | undefined>();
  text.split('\n').forEach((l, i) => {
    const m = /^\s*(?:-\s+)?uses:\s*['"]?[^\s#'"]+['"]?\s*(?:#(.*))?$/.exec(l);
    if (m) out.set(i + 1, m[1]?.trim());
  });
  return out;
}

function checkSteps(
  file: string,
  ctx: { doc: Document; lc: LineCounter },
  steps: unknown,
  base: (string | number)[],
  composite: boolean,
  text: string,
  findings: Finding[],
): void {
  if (!Array.isArray(steps)) return;
  const comments = usesComments(text);
  steps.forEach((step, i) => {
    if (!isObj(step)) return;
    const at = [...base, i];
    if (typeof step.run === 'string') {
      if (EXPR.test(step.run)) {
        findings.push({
          file,
          line: lineOf(ctx, [...at, 'run']),
          rule: 'no-expression-in-run',
          message:
            'a ${{ }} expression inside run: is expanded into the script before the shell sees it (script injection): pass the value through env: and use "$NAME"',
        });
      }
      if (composite && typeof step.shell !== 'string') {
        findings.push({
          file,
          line: lineOf(ctx, [...at, 'run']),
          rule: 'composite-shell',
          message: 'a run: step of a composite action must name its shell:',
        });
      }
    }
    if (typeof step.uses === 'string') {
      const line = lineOf(ctx, [...at, 'uses']);
      const problem = checkUses(step.uses, comments.get(line));
      if (problem) findings.push({ file, line, rule: 'pinned-uses', message: problem });
    }
  });
}

export function checkAction(file: string, text = readFileSync(file, 'utf8')): Finding[] {
  const findings: Finding[] = [];
  const ctx = load(file, text, findings);
  if (!ctx) return findings;
  const a = ctx.value;
  const need = (cond: boolean, path: (string | number)[], message: string) => {
    if (!cond) findings.push({ file, line: lineOf(ctx, path), rule: 'action-schema', message });
  };
  if (!isObj(a)) return [{ file, line: 1, rule: 'action-schema', message: 'action metadata must be a mapping' }];
  const known = new Set(['name', 'author', 'description', 'inputs', 'outputs', 'runs', 'branding']);
  for (const k of Object.keys(a)) need(known.has(k), [k], `unknown top-level key '${k}'`);
  need(typeof a.name === 'string' && a.name !== '', ['name'], 'name is required');
  need(typeof a.description === 'string' && a.description !== '', ['description'], 'description is required');
  if (a.inputs !== undefined) {
    need(isObj(a.inputs), ['inputs'], 'inputs must be a mapping');
    for (const [k, v] of Object.entries(isObj(a.inputs) ? a.inputs : {})) {
      need(
        /^[A-Za-z_][A-Za-z0-9_-]*$/.test(k),
        ['inputs', k],
        `input id '${k}' must start with a letter or '_' and contain only alphanumerics, '-' or '_'`,
      );
      need(isObj(v) && typeof v.description === 'string', ['inputs', k], `input '${k}' needs a description`);
      if (isObj(v))
        for (const key of Object.keys(v))
          need(
            ['description', 'required', 'default', 'deprecationMessage'].includes(key),
            ['inputs', k, key],
            `input '${k}' has an unknown key '${key}'`,
          );
    }
  }
  const runs = a.runs;
  need(isObj(runs), ['runs'], 'runs is required');
  if (isObj(runs)) {
    const using = runs.using;
    if (using === 'composite') {
      need(Array.isArray(runs.steps), ['runs'], 'a composite action needs runs.steps');
      checkSteps(file, ctx, runs.steps, ['runs', 'steps'], true, text, findings);
      for (const [k, v] of Object.entries(isObj(a.outputs) ? a.outputs : {})) {
        need(
          isObj(v) && typeof v.value === 'string',
          ['outputs', k],
          `output '${k}' of a composite action needs a value`,
        );
      }
    } else if (typeof using === 'string' && /^node\d+$/.test(using)) {
      need(
        using === 'node24',
        ['runs', 'using'],
        `runs.using is '${using}': quality's JavaScript actions run on node24`,
      );
      need(typeof runs.main === 'string', ['runs'], 'a JavaScript action needs runs.main');
      for (const key of Object.keys(runs))
        need(
          ['using', 'main', 'pre', 'post', 'pre-if', 'post-if'].includes(key),
          ['runs', key],
          `unknown runs key '${key}'`,
        );
    } else if (using === 'docker') {
      need(typeof runs.image === 'string', ['runs'], 'a docker action needs runs.image');
    } else {
      need(false, ['runs', 'using'], `runs.using must be node24, composite or docker, not '${String(using)}'`);
    }
  }
  for (const [k, v] of Object.entries(isObj(a.outputs) ? a.outputs : {})) {
    need(isObj(v) && typeof v.description === 'string', ['outputs', k], `output '${k}' needs a description`);
  }
  return findings;
}

export function checkWorkflow(file: string, text = readFileSync(file, 'utf8'), { template = false } = {}): Finding[] {
  const findings: Finding[] = [];
  const ctx = load(file, text, findings);
  if (!ctx) return findings;
  const w = ctx.value;
  if (!isObj(w)) return [{ file, line: 1, rule: 'workflow-schema', message: 'a workflow must be a mapping' }];
  if (!('on' in w)) findings.push({ file, line: 1, rule: 'workflow-schema', message: "a workflow needs 'on:'" });
  const jobs = isObj(w.jobs) ? w.jobs : {};
  if (!isObj(w.jobs)) findings.push({ file, line: 1, rule: 'workflow-schema', message: "a workflow needs 'jobs:'" });
  if (!('permissions' in w)) {
    const missing = Object.entries(jobs).filter(([, j]) => !(isObj(j) && 'permissions' in j));
    if (missing.length) {
      findings.push({
        file,
        line: 1,
        rule: 'permissions',
        message: `declare least-privilege permissions: at the top of the workflow (jobs without it: ${missing.map(([k]) => k).join(', ')})`,
      });
    }
  }
  for (const [name, job] of Object.entries(jobs)) {
    if (!isObj(job)) continue;
    checkSteps(file, ctx, job.steps, ['jobs', name, 'steps'], false, text, findings);
    if (typeof job.uses === 'string') {
      const line = lineOf(ctx, ['jobs', name, 'uses']);
      const problem =
        template && TOOLKIT_PIPELINE.test(job.uses) ? undefined : checkUses(job.uses, usesComments(text).get(line));
      if (problem) findings.push({ file, line, rule: 'pinned-uses', message: problem });
    }
  }
  if (isObj(w.on) && 'pull_request_target' in w.on) {
    findings.push({
      file,
      line: lineOf(ctx, ['on', 'pull_request_target']),
      rule: 'no-pull-request-target',
      message:
        'pull_request_target runs with a write token on code from forks: use pull_request plus a workflow_run workflow',
    });
  }
  return findings;
}
