/**
 * Workflow and composite-action checks: unpinned `uses:`, attacker-controlled `${{ }}` in
 * `run:`, pull_request_target/workflow_run running the head, missing top-level permissions,
 * `secrets: inherit`, unpinned tool installs in `run:`.
 *
 * Tricky rule: every finding carries the line of the node it is about, taken from the YAML
 * source (block scalars included), so a `run:` finding points at the offending line.
 */
import { parseDocument, LineCounter, isMap, isSeq, isScalar, type YAMLMap, type Node } from 'yaml';
import type { Finding, Severity } from '@quality/kit/findings';

export const isWorkflowPath = (p: string): boolean => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(p);
export const isActionPath = (p: string): boolean => /(?:^|\/)action\.ya?ml$/.test(p);

/** Contexts a pull request author, issue author or committer controls. */
const UNTRUSTED = [
  /github\.head_ref/,
  /github\.event\.(?:pull_request|issue|discussion)\.(?:title|body)/,
  /github\.event\.pull_request\.head\.(?:ref|label|repo\.default_branch)/,
  /github\.event\.(?:comment|review|review_comment)\.body/,
  /github\.event\.pages\[[^\]]*\]\.page_name|github\.event\.pages\.\*\.page_name/,
  /github\.event\.(?:commits\[[^\]]*\]|commits\.\*|head_commit)\.(?:message|author\.(?:email|name))/,
  /github\.event\.workflow_run\.(?:head_branch|head_commit\.(?:message|author\.(?:email|name))|display_title|pull_requests\[[^\]]*\]\.head\.ref)/,
];

const HEAD_REF =
  /github\.event\.pull_request\.head\.(?:sha|ref)|github\.head_ref|github\.event\.workflow_run\.head_(?:sha|branch)|refs\/pull\//;

type Lines = { line: (node: Node | null | undefined) => number | undefined; at: (offset: number) => number };

const get = (m: unknown, key: string): Node | undefined =>
  isMap(m) ? ((m as YAMLMap).get(key, true) as Node | undefined) : undefined;
const str = (n: unknown): string | undefined => (isScalar(n) && typeof n.value === 'string' ? n.value : undefined);

export interface WorkflowOptions {
  /** Rule → severity overrides. */
  severities?: Partial<Record<string, Severity>>;
}

export const WORKFLOW_RULES: Record<string, Severity> = {
  'workflow/unpinned-uses': 'warning',
  'workflow/script-injection': 'error',
  'workflow/untrusted-checkout': 'error',
  'workflow/missing-permissions': 'warning',
  'workflow/secrets-inherit': 'warning',
  'workflow/unpinned-install': 'warning',
};

export function checkWorkflow(path: string, src: string, opts: WorkflowOptions = {}): Finding[] {
  const counter = new LineCounter();
  const doc = parseDocument(src, { lineCounter: counter, uniqueKeys: false });
  if (doc.errors.length || !isMap(doc.contents)) return []; // syntax errors are the file checks' to report
  const lines: Lines = {
    line: (n) => (n?.range ? counter.linePos(n.range[0]).line : undefined),
    at: (o) => counter.linePos(o).line,
  };
  const out: Finding[] = [];
  const add = (rule: string, line: number | undefined, message: string, fix?: string) => {
    const f: Finding = {
      tool: 'guard',
      rule,
      severity: opts.severities?.[rule] ?? WORKFLOW_RULES[rule]!,
      path,
      message,
    };
    if (line !== undefined) f.line = line;
    if (fix) f.fix = fix;
    out.push(f);
  };
  const root = doc.contents;

  const checkUses = (node: Node | undefined) => {
    const uses = str(node);
    if (!uses || uses.startsWith('./')) return;
    if (uses.startsWith('docker://')) {
      if (!/@sha256:[0-9a-f]{64}$/.test(uses))
        add(
          'workflow/unpinned-uses',
          lines.line(node),
          `'${uses}' is not pinned to an image digest.`,
          'Use docker://image@sha256:<digest>.',
        );
      return;
    }
    if (!/@[0-9a-f]{40}$/.test(uses))
      add(
        'workflow/unpinned-uses',
        lines.line(node),
        `'${uses}' is not pinned to a full commit SHA: the tag or branch can be moved to other code.`,
        'Pin it to the commit SHA and keep the version in a comment (`uses: owner/repo@<sha> # v1.2.3`).',
      );
  };

  const checkScript = (node: Node | undefined, what: string) => {
    if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return;
    const raw = src.slice(node.range[0], node.range[1]);
    for (const m of raw.matchAll(/\$\{\{(.*?)\}\}/g)) {
      const expr = m[1]!;
      const bad = UNTRUSTED.find((re) => re.test(expr));
      if (bad)
        add(
          'workflow/script-injection',
          lines.at(node.range[0] + m.index!),
          `${what} expands \`${bad.exec(expr)![0]}\`, which whoever opens the pull request or issue controls: it can run commands.`,
          'Pass it through `env:` (e.g. `env: TITLE: ${{ … }}`) and use "$TITLE" in the script.',
        );
    }
    if (what !== 'run:') return;
    // Tool installs without a version, one shell line at a time.
    const text = node.value;
    const base = node.range[0];
    for (const m of text.matchAll(/[^\n]+/g)) {
      const l = m[0];
      const problem = unpinnedInstall(l);
      if (problem) {
        const idx = raw.indexOf(l.trim());
        add(
          'workflow/unpinned-install',
          lines.at(base + (idx >= 0 ? idx : 0)),
          problem,
          'Pin the version (`npx pkg@1.2.3`, `pip install pkg==1.2.3`), or download a release with a checksum and verify it.',
        );
      }
    }
  };

  const checkSteps = (steps: Node | undefined, untrustedTrigger: boolean) => {
    if (!isSeq(steps)) return;
    let headCheckout: Node | undefined;
    for (const step of steps.items) {
      if (!isMap(step)) continue;
      const uses = get(step, 'uses');
      checkUses(uses);
      checkScript(get(step, 'run'), 'run:');
      const usesName = str(uses) ?? '';
      if (/^actions\/github-script@/.test(usesName))
        checkScript(get(get(step, 'with'), 'script'), 'github-script `script:`');
      if (untrustedTrigger) {
        if (/^actions\/checkout@/.test(usesName) && HEAD_REF.test(str(get(get(step, 'with'), 'ref')) ?? ''))
          headCheckout = step;
        else if (headCheckout && (get(step, 'run') || usesName.startsWith('./'))) {
          add(
            'workflow/untrusted-checkout',
            lines.line(headCheckout),
            `This job checks out the pull request's head on a privileged trigger (pull_request_target or workflow_run) and then runs it (line ${lines.line(step)}): the author's code gets the repository's secrets and write token.`,
            'Use the `pull_request` trigger for code from the pull request, or check out the base and only read the head as data.',
          );
          headCheckout = undefined;
        }
      }
    }
  };

  if (isWorkflowPath(path)) {
    const on = get(root, 'on') ?? get(root, 'true');
    const triggers = isMap(on)
      ? on.items.map((p) => String(isScalar(p.key) ? p.key.value : p.key))
      : isSeq(on)
        ? on.items.map((i) => str(i) ?? '')
        : [str(on) ?? ''];
    const untrusted = triggers.some((t) => t === 'pull_request_target' || t === 'workflow_run');
    const jobs = get(root, 'jobs');
    let everyJobHasPermissions = true;
    if (isMap(jobs)) {
      for (const pair of jobs.items) {
        const job = pair.value as Node;
        if (!get(job, 'permissions')) everyJobHasPermissions = false;
        checkUses(get(job, 'uses'));
        const secrets = get(job, 'secrets');
        if (str(secrets) === 'inherit')
          add(
            'workflow/secrets-inherit',
            lines.line(secrets),
            'secrets: inherit passes every secret of the repository to the called workflow.',
            'Pass only the secrets it needs, by name.',
          );
        checkSteps(get(job, 'steps'), untrusted);
      }
    }
    if (!get(root, 'permissions') && !(isMap(jobs) && jobs.items.length > 0 && everyJobHasPermissions)) {
      const jobsKey = isMap(root) ? root.items.find((p) => isScalar(p.key) && p.key.value === 'jobs')?.key : undefined;
      add(
        'workflow/missing-permissions',
        lines.line(jobsKey as Node | undefined) ?? 1,
        'No top-level `permissions:`: the jobs get the repository default token permissions, which may include write access.',
        'Add `permissions: contents: read` at the top and grant more per job where needed.',
      );
    }
  } else if (isActionPath(path)) {
    const runs = get(root, 'runs');
    if (str(get(runs, 'using')) === 'composite') checkSteps(get(runs, 'steps'), false);
  }
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** The problem with one shell line that installs a tool without a version, if any. */
export function unpinnedInstall(line: string): string | undefined {
  const l = line.replace(/#.*$/, '');
  if (/\b(?:curl|wget)\b[^|]*\|\s*(?:sudo\s+)?(?:ba|z|da)?sh\b/.test(l))
    return 'A script downloaded with curl/wget is piped to a shell: whatever the server sends runs, unverified.';
  const npx = /(?:^|[\s;&|(])npx\s+((?:-{1,2}[A-Za-z-]+(?:[= ]\S+)?\s+)*)([^\s-][^\s]*)/.exec(l);
  if (npx) {
    const flags = npx[1] ?? '';
    const pkg = npx[2]!;
    if (!/--no-install|--offline/.test(flags) && !/^@?[^@\s]+@[^\s]+$/.test(pkg) && !/^[.$/]/.test(pkg))
      return `\`npx ${pkg}\` runs whatever version the registry serves today.`;
  }
  const pip = /(?:^|[\s;&|(])(?:pip3?|python3?\s+-m\s+pip|uv\s+pip)\s+install\s+([^;&|#]*)/.exec(l);
  if (pip) {
    const args = pip[1]!.trim().split(/\s+/).filter(Boolean);
    const pkgs: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (
        /^-(?:r|c|e|-requirement|-constraint|-editable|-index-url|-extra-index-url|i|-target|t|-prefix|f|-find-links)$/.test(
          a,
        )
      ) {
        i++;
        continue;
      }
      if (a.startsWith('-') || /^[.~/$]|:\/\/|\.whl$|\.tar\.gz$/.test(a)) continue;
      pkgs.push(a.replace(/^["']|["']$/g, ''));
    }
    const unpinned = pkgs.filter((p) => !p.includes('=='));
    if (unpinned.length)
      return `\`pip install ${unpinned.join(' ')}\` without \`==version\` installs whatever the index serves today.`;
  }
  return undefined;
}
