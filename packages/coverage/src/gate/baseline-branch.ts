/**
 * Baselines on an orphan data branch of the repository itself (default `quality-baselines`).
 *
 * Layout of the data branch (it shares no history with the code branches):
 *
 *   README.md                      what this branch is (written once)
 *   baselines/<branch>.json        the latest snapshot per base branch; the branch name is
 *                                  escaped byte by byte: [A-Za-z0-9._-] kept, every other byte
 *                                  %XX (so `release/1.x` is `release%2F1.x.json`)
 *   by-commit/<sha>.json           the snapshot of exactly that commit, so a pull request can
 *                                  compare with its base commit rather than the branch's latest;
 *                                  the newest `keepCommits` (default 200, by commitTime) are kept
 *
 * Everything runs in the checkout (`cwd`) without touching its branches, index or working tree:
 * the data branch is fetched into a private ref (`refs/quality/<data-branch>`) with
 * `--no-write-fetch-head`, files are read with `git cat-file`, and a new commit is built with
 * plumbing on a temporary index (GIT_INDEX_FILE): hash-object, read-tree, update-index,
 * write-tree, commit-tree. Git hooks never run (`core.hooksPath=/dev/null`, `push --no-verify`),
 * commits are never signed, auto-gc is off, the committer is `github-actions[bot]`.
 *
 * Shallow clones: in a shallow checkout (actions/checkout's default `fetch-depth: 1`) the data
 * branch is fetched with `--depth=1`, which costs one commit. In a full clone it is fetched
 * WITHOUT `--depth`: a depth-limited fetch would write `.git/shallow` and turn the user's full
 * clone into a shallow one (`git rev-parse --is-shallow-repository` true), and a full clone
 * (`fetch-depth: 0`) has already fetched that branch anyway.
 *
 * Writes are compare-and-swap, never forced: the new commit's parent is the tip just fetched,
 * and a plain `git push <remote> <commit>:refs/heads/<data-branch>` is rejected when someone
 * else moved the branch meanwhile (non-fast-forward, or a remote "cannot lock ref"). Then the
 * branch is fetched again and the change rebuilt on the new tip, up to `attempts` (5) times with
 * a short random delay. The latest pointer never regresses: it is left alone when the stored
 * latest is of a descendant of our commit (`merge-base --is-ancestor`, when both commits are
 * present locally) or, when ancestry is unknown, of a commit with a greater commitTime; the
 * by-commit file is still added (the write is then `skipped`, with that said in the detail).
 *
 * Authentication and permissions: reads need `contents: read` (any workflow has it). Writes
 * need `permissions: contents: write` for the job's GITHUB_TOKEN and credentials git can use:
 * actions/checkout persists them in the checkout's git config by default
 * (`persist-credentials: true`). With `persist-credentials: false` git has none, the push
 * fails, and the write is `failed` with a sentence saying what to set; alternatively pass
 * `token`, which is given to git as an `http.<server>/.extraheader` through GIT_CONFIG_*
 * environment variables (never on the command line, never written to a file). A protected
 * data branch must allow the bot to push.
 *
 * Nothing here throws for a git or remote fault: reads give `missing` / `unavailable`, writes
 * `failed`, each with a `detail` sentence for the job summary.
 */
import { randomInt } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASELINE_SCHEMA, parseBaseline, serializeBaseline } from './baseline.js';
import type { BaselineQuery, BaselineRead, BaselineSnapshot, BaselineStore, BaselineWrite } from './baseline.js';
import { errorText, futureSchema, iso } from './baseline-file.js';
import { assertRef } from '../git.js';
import { isFullSha, runGit, shortSha as short } from '@quality/kit/git';

export interface BranchBaselineStoreOptions {
  /** The checkout (any directory inside the repository). */
  cwd: string;
  /** Remote name or URL, default "origin". */
  remote?: string;
  /** The data branch, default "quality-baselines". */
  branch?: string;
  /** A token for pushing (and fetching) over HTTPS, when the checkout has no persisted credentials. */
  token?: string;
  /** The server the token is for (the action passes GITHUB_SERVER_URL), default https://github.com. */
  serverUrl?: string;
  /** How many by-commit snapshots to keep (newest by commitTime), default 200. */
  keepCommits?: number;
  /** Push attempts when the data branch moves under us, default 5. */
  attempts?: number;
  /** Deadline of each git command, default 120 s. */
  timeoutMs?: number;
}

export const BOT_NAME = 'github-actions[bot]';
export const BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';

/** `baselines/<escaped>.json`: [A-Za-z0-9._-] kept, any other byte as %XX. */
export function escapeBranchName(name: string): string {
  let out = '';
  for (const b of Buffer.from(name, 'utf8')) {
    const c = String.fromCharCode(b);
    out += /[A-Za-z0-9._-]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

export const latestPath = (branch: string): string => `baselines/${escapeBranchName(branch)}.json`;
export const commitPath = (sha: string): string => `by-commit/${sha.toLowerCase()}.json`;

const README = `# Coverage baselines

This branch is written by the quality coverage gate (actions/coverage-gate) on pushes to the
default branch, and read by pull requests. It shares no history with the code: do not merge it.

- \`baselines/<branch>.json\`: the latest coverage snapshot of each base branch;
- \`by-commit/<sha>.json\`: the snapshot of one commit (the newest ${'${keep}'} are kept).
`;

interface Run {
  code: number;
  stdout: Buffer;
  stderr: string;
}

type Fetched = { kind: 'ok'; tip: string } | { kind: 'absent' } | { kind: 'error'; detail: string };

/** First lines of git's stderr, without git's "hint:" noise and with any credentials in URLs masked. */
function gitMessage(stderr: string): string {
  const lines = stderr
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('hint:'));
  const text = lines
    .slice(0, 4)
    .join(' ')
    .replace(/(\w+:\/\/)[^/@\s]+@/g, '$1***@');
  return text.length > 400 ? `${text.slice(0, 400)}…` : text || '(git printed no message)';
}

const UNSET_ENV = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_NAMESPACE'];

export class BranchBaselineStore implements BaselineStore {
  readonly kind = 'branch' as const;
  readonly remote: string;
  readonly dataBranch: string;
  private readonly cwd: string;
  private readonly privateRef: string;
  private readonly keep: number;
  private readonly attempts: number;
  private readonly timeoutMs: number;
  private readonly env: Record<string, string>;
  private readonly configEnv: (readonly [string, string])[] = [];

  constructor(options: BranchBaselineStoreOptions) {
    this.cwd = options.cwd;
    this.remote = options.remote ?? 'origin';
    this.dataBranch = options.branch ?? 'quality-baselines';
    // Configuration mistakes are the only throws: they are the workflow's to fix.
    assertRef(this.dataBranch, 'baseline branch');
    if (this.remote === '' || this.remote.startsWith('-') || /[\0\n]/.test(this.remote)) {
      assertRef(this.remote, 'remote');
    }
    this.privateRef = `refs/quality/${this.dataBranch}`;
    this.keep = Math.max(1, Math.floor(options.keepCommits ?? 200));
    this.attempts = Math.max(1, Math.floor(options.attempts ?? 5));
    this.timeoutMs = options.timeoutMs ?? 120_000;
    this.env = {
      GIT_TERMINAL_PROMPT: '0',
      GIT_AUTHOR_NAME: BOT_NAME,
      GIT_AUTHOR_EMAIL: BOT_EMAIL,
      GIT_COMMITTER_NAME: BOT_NAME,
      GIT_COMMITTER_EMAIL: BOT_EMAIL,
    };
    if (options.token) {
      const server = (options.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
      const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${options.token}`).toString('base64')}`;
      // An empty value first clears an extraheader persisted by actions/checkout (two
      // Authorization headers are refused by GitHub).
      this.configEnv = ['', header].map((value) => [`http.${server}/.extraheader`, value] as const);
    }
  }

  /** git in `cwd` (never an inherited GIT_DIR / GIT_WORK_TREE / GIT_INDEX_FILE); never rejects. */
  private async git(args: readonly string[], opts: { input?: string | Buffer; indexFile?: string } = {}): Promise<Run> {
    const full = [
      '-c', 'core.hooksPath=/dev/null',
      '-c', 'gc.auto=0',
      '-c', 'maintenance.auto=false',
      '-c', 'commit.gpgSign=false',
      '-c', 'fetch.recurseSubmodules=false',
      ...args,
    ]; // prettier-ignore
    try {
      return await runGit(this.cwd, full, {
        ok: 'any',
        input: opts.input ?? '',
        env: opts.indexFile ? { ...this.env, GIT_INDEX_FILE: opts.indexFile } : this.env,
        unsetEnv: UNSET_ENV,
        configEnv: this.configEnv,
        timeoutMs: this.timeoutMs,
      });
    } catch (e) {
      return { code: -1, stdout: Buffer.alloc(0), stderr: errorText(e) };
    }
  }

  private async text(args: readonly string[], indexFile?: string): Promise<string> {
    const r = await this.git(args, { indexFile });
    if (r.code !== 0) throw new Error(`git ${args.join(' ')}: ${gitMessage(r.stderr)}`);
    return r.stdout.toString('utf8');
  }

  /** Fetch the data branch into the private ref. */
  private async fetch(): Promise<Fetched> {
    const shallow = await this.git(['rev-parse', '--is-shallow-repository']);
    if (shallow.code !== 0) {
      return { kind: 'error', detail: `${this.cwd} is not a git checkout (${gitMessage(shallow.stderr)}).` };
    }
    const depth = shallow.stdout.toString('utf8').trim() === 'true' ? ['--depth=1'] : [];
    const r = await this.git([
      'fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--no-recurse-submodules', ...depth,
      '--end-of-options', this.remote, `+refs/heads/${this.dataBranch}:${this.privateRef}`,
    ]); // prettier-ignore
    if (r.code !== 0) {
      if (/couldn't find remote ref/i.test(r.stderr)) {
        await this.git(['update-ref', '-d', this.privateRef]);
        return { kind: 'absent' };
      }
      return {
        kind: 'error',
        detail: `the data branch ${this.dataBranch} could not be fetched from ${this.remote}: ${gitMessage(r.stderr)}`,
      };
    }
    const tip = await this.git(['rev-parse', '--verify', '--quiet', `${this.privateRef}^{commit}`]);
    if (tip.code !== 0) return { kind: 'error', detail: `the fetched data branch ${this.dataBranch} is not a commit.` };
    return { kind: 'ok', tip: tip.stdout.toString('utf8').trim() };
  }

  /** A file of a commit's tree, or undefined when the path is absent. */
  private async show(commit: string, path: string): Promise<string | undefined> {
    const r = await this.git(['cat-file', 'blob', `${commit}:${path}`]);
    return r.code === 0 ? r.stdout.toString('utf8') : undefined;
  }

  async read(q: BaselineQuery): Promise<BaselineRead> {
    try {
      const f = await this.fetch();
      if (f.kind === 'absent') {
        return {
          status: 'missing',
          detail: `the data branch ${this.dataBranch} does not exist on ${this.remote} yet.`,
        };
      }
      if (f.kind === 'error') return { status: 'unavailable', detail: f.detail };
      const candidates = [...(isFullSha(q.commit) ? [commitPath(q.commit)] : []), latestPath(q.branch)];
      for (const path of candidates) {
        const text = await this.show(f.tip, path);
        if (text === undefined) continue;
        const source = `data branch ${this.dataBranch} (${path})`;
        try {
          return { status: 'found', snapshot: parseBaseline(text, `${this.dataBranch}:${path}`), source };
        } catch (e) {
          return { status: 'unavailable', detail: errorText(e) };
        }
      }
      return { status: 'missing', detail: `the data branch ${this.dataBranch} has no baseline for ${q.branch} yet.` };
    } catch (e) {
      return { status: 'unavailable', detail: `the data branch ${this.dataBranch} could not be read: ${errorText(e)}` };
    }
  }

  async write(s: BaselineSnapshot): Promise<BaselineWrite> {
    if (!isFullSha(s.commit))
      return { status: 'failed', detail: `the snapshot names no full commit SHA (${JSON.stringify(s.commit)}).` };
    let tmp: string | undefined;
    try {
      tmp = await mkdtemp(join(tmpdir(), 'quality-baseline-'));
      let lastRejection = '';
      for (let attempt = 1; attempt <= this.attempts; attempt++) {
        const f = await this.fetch();
        if (f.kind === 'error') return { status: 'failed', detail: `${f.detail} ${this.pushHint()}` };
        const tip = f.kind === 'ok' ? f.tip : undefined;
        const built = await this.build(tip, s, join(tmp, `index-${attempt}`));
        if (built.unchanged) {
          return {
            status: 'skipped',
            detail: `the data branch ${this.dataBranch} already holds this snapshot of ${short(s.commit)}.`,
          };
        }
        const message = `Coverage baseline of ${s.branch} at ${short(s.commit)}\n\n${s.headline.metric}: ${s.headline.covered}/${s.headline.total}\nWritten by ${s.writer || 'quality'}.\n`;
        const commit = (
          await this.text([
            'commit-tree',
            '--no-gpg-sign',
            ...(tip ? ['-p', tip] : []),
            '-m',
            message,
            '--end-of-options',
            built.tree,
          ])
        ).trim();
        const push = await this.git([
          'push', '--porcelain', '--no-verify', '--recurse-submodules=no',
          '--end-of-options', this.remote, `${commit}:refs/heads/${this.dataBranch}`,
        ]); // prettier-ignore
        if (push.code === 0) {
          await this.git(['update-ref', this.privateRef, commit]);
          return built.latestSkipped
            ? {
                status: 'skipped',
                detail: `${built.latestSkipped} The snapshot of ${short(s.commit)} was stored as ${commitPath(s.commit)} only.`,
              }
            : {
                status: 'written',
                detail: `saved the baseline of ${s.branch} at ${short(s.commit)} to the data branch ${this.dataBranch} on ${this.remote}.`,
              };
        }
        const porcelain = push.stdout.toString('utf8');
        if (!isCasRejection(porcelain, push.stderr)) {
          return {
            status: 'failed',
            detail: `pushing to the data branch ${this.dataBranch} on ${this.remote} failed: ${gitMessage(`${rejectionLine(porcelain)}\n${push.stderr}`)}. ${this.pushHint()}`,
          };
        }
        lastRejection = rejectionLine(porcelain) || gitMessage(push.stderr);
        if (attempt < this.attempts) await sleep(randomInt(100, 400) * attempt);
      }
      return {
        status: 'failed',
        detail: `the data branch ${this.dataBranch} on ${this.remote} kept moving: ${this.attempts === 1 ? 'the push was' : `all ${this.attempts} pushes were`} rejected (last: ${lastRejection}).`,
      };
    } catch (e) {
      return {
        status: 'failed',
        detail: `the baseline could not be saved to the data branch ${this.dataBranch}: ${errorText(e)}`,
      };
    } finally {
      if (tmp) await rm(tmp, { recursive: true, force: true }).catch(() => undefined);
    }
  }

  private pushHint(): string {
    return (
      `The branch store pushes to ${this.dataBranch}: give the job \`permissions: contents: write\` and keep ` +
      "actions/checkout's default `persist-credentials: true` (or pass a token), and let github-actions[bot] push to that branch if it is protected."
    );
  }

  /** The new tree on top of `tip` (or a first, orphan tree). */
  private async build(
    tip: string | undefined,
    s: BaselineSnapshot,
    index: string,
  ): Promise<{ tree: string; unchanged: boolean; latestSkipped?: string }> {
    const g = (args: string[]) => this.text(args, index);
    if (tip) await g(['read-tree', '--end-of-options', tip]);
    const put = async (content: string, path: string) => {
      const r = await this.git(['hash-object', '-w', '--stdin', '--no-filters'], { input: content });
      if (r.code !== 0) throw new Error(`git hash-object: ${gitMessage(r.stderr)}`);
      await g(['update-index', '--add', '--cacheinfo', `100644,${r.stdout.toString('utf8').trim()},${path}`]);
    };
    const json = serializeBaseline(s);
    await put(json, commitPath(s.commit));
    const latestSkipped = tip ? await this.keepsLatest(tip, s) : undefined;
    if (!latestSkipped) await put(json, latestPath(s.branch));
    if (!tip || (await this.show(tip, 'README.md')) === undefined)
      await put(README.replace('${keep}', String(this.keep)), 'README.md');
    await this.prune(index, s.commit);
    const tree = (await g(['write-tree'])).trim();
    const old = tip ? (await this.text(['rev-parse', '--verify', `${tip}^{tree}`])).trim() : undefined;
    return { tree, unchanged: old === tree, latestSkipped };
  }

  /** A sentence when the stored latest must be kept (it is newer than `s`), else undefined. */
  private async keepsLatest(tip: string, s: BaselineSnapshot): Promise<string | undefined> {
    const text = await this.show(tip, latestPath(s.branch));
    if (text === undefined) return undefined;
    const future = futureSchema(text);
    if (future !== undefined) {
      return `The latest baseline of ${s.branch} has schema ${future} (written by a newer quality, this one writes ${BASELINE_SCHEMA}); it was kept.`;
    }
    let old: BaselineSnapshot;
    try {
      old = parseBaseline(text, latestPath(s.branch));
    } catch {
      return undefined; // unreadable: replaced
    }
    if (old.commit.toLowerCase() === s.commit.toLowerCase()) return undefined;
    const kept = `The latest baseline of ${s.branch} is of ${short(old.commit)} (committed ${iso(old.commitTime)})`;
    if (isFullSha(old.commit)) {
      if ((await this.isAncestor(s.commit, old.commit)) === true)
        return `${kept}, a descendant of ${short(s.commit)}; it was kept.`;
      if ((await this.isAncestor(old.commit, s.commit)) === true) return undefined;
    }
    if (old.commitTime > s.commitTime)
      return `${kept}, newer than ${short(s.commit)} (${iso(s.commitTime)}); it was kept.`;
    return undefined;
  }

  /** true / false, or undefined when a commit is not in this clone (shallow) or git fails. */
  private async isAncestor(a: string, b: string): Promise<boolean | undefined> {
    const r = await this.git(['merge-base', '--is-ancestor', '--end-of-options', a, b]);
    return r.code === 0 ? true : r.code === 1 ? false : undefined;
  }

  /** Drop the oldest by-commit snapshots (by commitTime) beyond `keep`; `own` is always kept. */
  private async prune(index: string, own: string): Promise<void> {
    const ls = await this.text(['ls-files', '-s', '-z', '--', 'by-commit/'], index);
    const entries = ls
      .split('\0')
      .filter((l) => l !== '')
      .map((l) => {
        const [meta = '', path = ''] = l.split('\t');
        return { blob: meta.split(' ')[1] ?? '', path };
      });
    if (entries.length <= this.keep) return;
    const batch = await this.git(['cat-file', '--batch'], { input: entries.map((e) => `${e.blob}\n`).join('') });
    if (batch.code !== 0) throw new Error(`git cat-file --batch: ${gitMessage(batch.stderr)}`);
    const times = batchTimes(batch.stdout);
    const ownPath = commitPath(own);
    const ranked = entries
      .map((e, i) => ({ ...e, time: e.path === ownPath ? Infinity : (times[i] ?? -Infinity) }))
      .sort((x, y) => y.time - x.time || (x.path < y.path ? -1 : 1));
    const drop = ranked.slice(this.keep).map((e) => e.path);
    for (let i = 0; i < drop.length; i += 100) {
      await this.text(['update-index', '--force-remove', '--', ...drop.slice(i, i + 100)], index);
    }
  }
}

/** The commitTime of each blob in `git cat-file --batch` output (NaN-free; -Infinity when unreadable). */
function batchTimes(out: Buffer): number[] {
  const times: number[] = [];
  let pos = 0;
  while (pos < out.length) {
    const nl = out.indexOf(0x0a, pos);
    if (nl < 0) break;
    const header = out.subarray(pos, nl).toString('utf8').split(' ');
    pos = nl + 1;
    if (header[1] !== 'blob') {
      times.push(-Infinity); // "<id> missing"
      continue;
    }
    const size = Number(header[2]);
    const body = out.subarray(pos, pos + size).toString('utf8');
    pos += size + 1;
    let t = -Infinity;
    try {
      const v = JSON.parse(body) as { commitTime?: unknown };
      if (typeof v.commitTime === 'number' && Number.isFinite(v.commitTime)) t = v.commitTime;
    } catch {
      // unreadable snapshots go first
    }
    times.push(t);
  }
  return times;
}

/** The `!` line of `git push --porcelain`, e.g. "[rejected] (fetch first)". */
function rejectionLine(porcelain: string): string {
  const line = porcelain.split('\n').find((l) => l.startsWith('!'));
  return line ? (line.split('\t')[2] ?? '').trim() : '';
}

/** The push lost a race (someone else moved the branch): fetch again and retry. */
function isCasRejection(porcelain: string, stderr: string): boolean {
  const r = rejectionLine(porcelain);
  if (r.startsWith('[rejected]')) return true; // non-fast-forward, fetch first, stale info
  if (r.startsWith('[remote rejected]')) {
    return /cannot lock ref|failed to update ref|incorrect old value|reference already exists|but expected/i.test(r);
  }
  return (
    /cannot lock ref|failed to update ref|incorrect old value/i.test(stderr) &&
    !/denied|hook declined|permission/i.test(stderr)
  );
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
