/**
 * The gate's outside world, each piece loaded only when a run needs it: report globbing, the
 * baseline store (@actions/cache only for `baseline: cache`), the GitHub client (only to comment
 * or fetch the API patch), commit time through kit's git. Rule: every path from an input stays
 * inside the workspace or RUNNER_TEMP, and every fault names the path and what to fix.
 */
import {
  DEFAULT_REPORTS,
  missingFileAnnotations,
  patchFromPullFiles,
  percent,
  uncoveredAnnotations,
  writeJson,
  type BaselineStore,
  type GateResult,
  type PatchLoader,
} from '@quality/coverage';
import {
  ConfigurationError,
  escapeLine,
  fsFault,
  log,
  md,
  type Annotation,
  type RunEvent,
  type WorkflowContext,
} from '@quality/kit';
import { runGit } from '@quality/kit/git';
import { globFiles } from '@quality/kit/glob';
import { closeSync, openSync, writeSync } from 'node:fs';
import { realPath } from '@quality/kit/files';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { GateInputs } from './inputs.js';

/** Is `path` inside one of `roots` (after following symbolic links where the path exists)? */
export function inside(path: string, roots: readonly string[]): boolean {
  const p = realPath(path);
  return roots.some((r) => {
    const rel = relative(realPath(r), p);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  });
}

/** An input's path resolved from `cwd`, refused when it leaves the workspace and RUNNER_TEMP. */
export function inputPath(input: string, value: string, cwd: string, roots: readonly string[]): string {
  const p = resolve(cwd, value);
  if (!inside(p, roots))
    throw new ConfigurationError(
      `Input '${input}' (${value}) points outside the workspace and RUNNER_TEMP (${roots.join(', ')}): use a path inside the workspace.`,
    );
  return p;
}

export function findReports(inputs: GateInputs, cwd: string, roots: readonly string[]): string[] {
  const explicit = inputs.files.length > 0;
  const patterns = explicit ? inputs.files : [...DEFAULT_REPORTS];
  const abs = patterns.map((p) => {
    const neg = p.startsWith('!');
    const body = neg ? p.slice(1) : p;
    const full = isAbsolute(body) ? body : join(cwd, body);
    // The default list is relative to cwd, which is inside the workspace already.
    if (explicit && !neg && !inside(full.replace(/[*?[{].*$/, '') || '/', roots))
      throw new ConfigurationError(
        `Input 'files' (${p}) points outside the workspace and RUNNER_TEMP: reports are read only from there. Copy the report into the workspace.`,
      );
    return neg ? `!${full}` : full;
  });
  if (!explicit) abs.push(`!${join(cwd, '**/node_modules/**')}`);
  // A symbolic link inside the workspace may still point out of it: such matches are dropped.
  const found = globFiles(abs).filter((f) => inside(f, roots));
  if (found.length === 0) {
    throw new ConfigurationError(
      explicit
        ? `Input 'files' matched no file in ${cwd} (patterns: ${patterns.join(', ')}). Check the paths, or that the test step wrote its coverage report before this step.`
        : `No coverage report found in ${cwd} (looked for ${DEFAULT_REPORTS.join(', ')}). Set the 'files' input to your report's path.`,
    );
  }
  return found;
}

/** The baseline store, imported only when one is chosen (and @actions/cache only for the cache store). */
export async function makeStore(
  inputs: GateInputs,
  workspace: string,
  roots: readonly string[],
): Promise<BaselineStore | undefined> {
  if (inputs.baseline.kind === 'none') return undefined;
  const stores = await import('@quality/coverage/stores');
  switch (inputs.baseline.kind) {
    case 'cache': {
      // kit's backend loads @actions/cache on first use only.
      const { createCacheBackend } = await import('@quality/kit/cache-backend');
      const backend = createCacheBackend({ timeoutMs: 120_000, log, libraryWarnings: 'log' });
      return new stores.CacheBaselineStore({ backend, log });
    }
    case 'branch':
      return new stores.BranchBaselineStore({ cwd: workspace, branch: inputs.baselineBranch });
    case 'file':
      return new stores.FileBaselineStore(inputPath('baseline', inputs.baseline.path, workspace, roots));
  }
}

/** The GitHub client, loaded on first use; GITHUB_API_URL must be an http(s) URL. */
export async function github(ctx: WorkflowContext, token: string) {
  let url: URL | undefined;
  try {
    url = new URL(ctx.apiUrl);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol))
    throw new ConfigurationError(
      `GITHUB_API_URL (${JSON.stringify(ctx.apiUrl)}) is not an http(s) URL: unset it, or set it to your GitHub API (https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server).`,
    );
  const gh = await import('@quality/kit/github');
  // API text (error messages, URLs) reaches stdout through info: escaped so it cannot be a command.
  const safe = { ...log, info: (m: string) => log.info(escapeLine(m)) };
  return { gh, client: gh.createGitHubClient({ token, baseUrl: ctx.apiUrl, log: safe }) };
}

/** The pull request's change from the API's files list: the fallback when local git cannot diff. */
export function apiPatch(ctx: WorkflowContext, token: string, ev: RunEvent): PatchLoader {
  return {
    name: 'the pull request files API',
    load: async () => {
      const { gh, client } = await github(ctx, token);
      const { files, truncated } = await gh.listPullRequestFiles(client, {
        owner: ctx.repository!.owner,
        repo: ctx.repository!.repo,
        pullNumber: ev.prNumber!,
      });
      const { text, skipped } = patchFromPullFiles(files);
      const note =
        `measured from the GitHub API's pull request files list (local git could not give the diff)` +
        (truncated ? '; GitHub lists at most 3000 files, so files beyond that are not measured' : '') +
        (skipped
          ? `; ${skipped} file${skipped === 1 ? ' has' : 's have'} no patch in the API (too large or binary) and ${skipped === 1 ? 'is' : 'are'} not measured`
          : '') +
        '.';
      return { text, note };
    },
  };
}

/** Committer time of `sha` (seconds), now when git cannot tell. */
export async function commitTime(workspace: string, sha: string): Promise<number> {
  const now = Math.floor(Date.now() / 1000);
  try {
    const out = await runGit(workspace, ['show', '-s', '--format=%ct', '--end-of-options', sha], { timeoutMs: 30_000 });
    return Number(out.stdout.toString('utf8').trim()) || now;
  } catch {
    return now;
  }
}

/** Post or update the sticky comment; what happened goes into the result's notices and warnings. */
export async function comment(
  ctx: WorkflowContext,
  inputs: GateInputs,
  ev: RunEvent,
  r: GateResult,
  body: string,
  file: string,
  outputs: Map<string, string>,
): Promise<void> {
  const want = inputs.comment === 'always' || (inputs.comment === 'auto' && ev.kind === 'pull_request');
  // Not requested (comment: never): the body is still there for the workflow to use, as documented.
  if (!want) return void outputs.set('comment-file', file);
  if (ev.prNumber === undefined || !inputs.token || !ctx.repository) {
    outputs.set('comment-file', file);
    r.notices.push(
      `No pull request comment: ${!inputs.token ? 'no token' : ev.prNumber === undefined ? 'the event names no pull request' : 'the repository is unknown'}. The body is in the \`comment-file\` output.`,
    );
    return;
  }
  const { gh, client } = await github(ctx, inputs.token);
  const marker = md.marker(`coverage-gate:${inputs.commentId}`);
  const c = await gh.upsertStickyComment(client, {
    owner: ctx.repository.owner,
    repo: ctx.repository.repo,
    issueNumber: ev.prNumber,
    marker,
    body,
  });
  if (c.status !== 'failed')
    return log.info(escapeLine(`Pull request comment ${c.status}${c.url ? `: ${c.url}` : ''}`));
  outputs.set('comment-file', file);
  const forbidden = c.error?.kind === 'forbidden';
  const why = forbidden
    ? `the token cannot write to this pull request${ev.fork ? ' (a pull request from a fork gets a read-only token)' : ''}`
    : `the API failed: ${c.error?.message ?? 'unknown error'}`;
  r.notices.push(
    `The pull request comment was not posted: ${why}. Its body is in the \`comment-file\` output (${file}); upload it as an artifact and post it from a workflow_run workflow (see the fork recipe in the action's README).`,
  );
  if (!forbidden) r.warnings.push(`Pull request comment: ${c.error?.message ?? 'failed'}`);
}

export function writeFile(path: string, what: string, write: (fd: number) => void | Promise<void>): Promise<void> {
  return (async () => {
    let fd: number;
    try {
      fd = openSync(path, 'w');
    } catch (e) {
      throw fsFault(e, path, what);
    }
    try {
      await write(fd);
    } catch (e) {
      throw fsFault(e, path, what);
    } finally {
      closeSync(fd);
    }
  })();
}

/** report.json (the CLI's --json shape plus the verdict) and, when asked, the Cobertura XML; the report's path. */
export async function writeReports(
  r: GateResult,
  inputs: GateInputs,
  at: { outDir: string; cwd: string; roots: readonly string[] },
): Promise<string> {
  const reportPath = join(at.outDir, 'report.json');
  await writeFile(reportPath, 'the JSON report', (fd) =>
    writeJson(
      r.analysis,
      (text) => {
        const b = Buffer.from(text, 'utf8');
        for (let o = 0; o < b.length;) o += writeSync(fd, b, o);
      },
      { verdict: r.verdict },
    ),
  );
  if (inputs.coberturaOut) {
    const out = inputPath('cobertura-out', inputs.coberturaOut, at.cwd, at.roots);
    const { toCobertura } = await import('@quality/coverage/serialize');
    const xml = toCobertura(r.analysis.model, {
      onDroppedBranches: (d) =>
        r.notices.push(
          `cobertura-out: ${d.total} branch${d.total === 1 ? '' : 'es'} on lines that are not executable (such as default parameters) could not be written: Cobertura has no element for them. Line totals are exact.`,
        ),
    });
    await writeFile(out, "the Cobertura XML ('cobertura-out')", (fd) => void writeSync(fd, xml));
    log.info(escapeLine(`Wrote the merged coverage as Cobertura XML to ${out}`));
  }
  return reportPath;
}

/** Annotations: changed files the reports miss (per missing-files), then uncovered changed lines. */
export function gateAnnotations(r: GateResult, inputs: GateInputs): Annotation[] {
  const v = r.verdict;
  const uncovered = uncoveredAnnotations(
    v,
    'warning',
    (path, line) => r.analysis.model.files.get(path)?.lines.has(line) ?? false,
  );
  const mode = inputs.config.missingFiles;
  const missing = mode === 'ignore' ? [] : missingFileAnnotations(v, mode === 'fail' ? 'error' : 'warning');
  return [...missing, ...uncovered];
}

/** The verdict's step outputs; a figure that does not exist is empty. */
export function verdictOutputs(r: GateResult): [string, string][] {
  const v = r.verdict;
  const pct = (p: number | null) => (p === null ? '' : String(p));
  return [
    ['coverage', pct(percent(v.coverage))],
    ['diff-coverage', r.analysis.diff ? pct(r.analysis.diff.percent) : ''],
    ['baseline-coverage', pct(percent(v.baseline))],
    ['delta', v.delta === null ? '' : String(v.delta)],
    ['passed', String(v.passed)],
  ];
}

/** The enforced rules that failed, for the step's failure message. */
export function failedRules(r: GateResult): string {
  return r.verdict.rules
    .filter((x) => x.status === 'fail' && x.enforced)
    .map((x) => `${x.id}: ${x.message}`)
    .join(' ');
}
