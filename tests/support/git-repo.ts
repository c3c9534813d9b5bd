/**
 * Real, throw-away git repositories for tests.
 *
 * Every repository lives in its own temp dir; every git command runs with a fixed
 * environment (author, committer, a commit clock that ticks one second per commit,
 * no global/system config, no prompts) so commit SHAs are the same on every run and
 * every machine. Nothing touches the network: remotes are `file://` URLs of other
 * temp repositories.
 *
 *   const origin = await GitRepo.init({ bare: true });
 *   const work = await GitRepo.init();
 *   await work.commit('first', { 'src/a.ts': 'x\n' });
 *   await work.git('remote', 'add', 'origin', origin.url);
 *   await work.git('push', 'origin', 'main');
 *   const shallow = await GitRepo.clone(origin.url, { depth: 1 });
 *   ...
 *   await removeAll(); // in afterAll: deletes every repo made so far
 */
import { afterAll } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile, realpath } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

let clock = 0;
const made: string[] = [];

/** The environment of every git command run by this helper (deterministic, isolated). */
export function gitEnv(): NodeJS.ProcessEnv {
  const date = `${1_700_000_000 + clock} +0000`;
  return {
    PATH: process.env.PATH,
    HOME: tmpdir(),
    LANG: 'C',
    LC_ALL: 'C',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    GIT_AUTHOR_NAME: 'Test Author',
    GIT_AUTHOR_EMAIL: 'author@example.com',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_NAME: 'Test Committer',
    GIT_COMMITTER_EMAIL: 'committer@example.com',
    GIT_COMMITTER_DATE: date,
  };
}

/** Run git in `cwd` with the fixed environment; resolves with stdout, rejects with stderr in the message. */
export function runGit(cwd: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      [...args],
      { cwd, env: gitEnv(), maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
      (err, stdout, stderr) => {
        if (err) reject(new Error(`git ${args.join(' ')} failed in ${cwd}: ${stderr || err.message}`));
        else resolve(stdout);
      },
    );
  });
}

/** A fresh empty temp dir (removed by `removeAll`). */
export async function makeTempDir(prefix = 'quality-git-'): Promise<string> {
  const dir = await realpath(await mkdtemp(join(tmpdir(), prefix)));
  made.push(dir);
  return dir;
}

/** The git commands `fn` ran, in order (GIT_TRACE: one built-in line per git process). */
export async function gitRuns(fn: () => Promise<unknown>): Promise<string[]> {
  const trace = join(await makeTempDir(), 'trace');
  process.env['GIT_TRACE'] = trace;
  try {
    await fn();
  } finally {
    delete process.env['GIT_TRACE'];
  }
  // No file: no git process ran.
  return (existsSync(trace) ? readFileSync(trace, 'utf8') : '')
    .split('\n')
    .flatMap((l) => /trace: built-in: git (?:-c \S+ )*(\S+)/.exec(l)?.[1] ?? []);
}

/** Delete every temp dir made by this module so far. */
export async function removeAll(): Promise<void> {
  const dirs = made.splice(0);
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
}

// Whatever a test file did not remove itself goes after its last test.
afterAll(removeAll);

export interface InitOptions {
  /** A bare repository (a stand-in for the remote "origin"). */
  bare?: boolean;
  /** Initial branch name, default "main". */
  branch?: string;
}

export interface CloneOptions {
  /** `--depth N` (a shallow clone, as actions/checkout makes with its default fetch-depth 1). */
  depth?: number;
  /** Branch to check out. */
  branch?: string;
  /** `--no-single-branch` when false; git's default for --depth is single-branch. */
  singleBranch?: boolean;
}

export class GitRepo {
  private constructor(
    /** Absolute path of the work tree (or of the bare repository). */
    readonly dir: string,
  ) {}

  /** `file://` URL of this repository, for `clone` and `remote add`. */
  get url(): string {
    return pathToFileURL(this.dir).href;
  }

  static async init(options: InitOptions = {}): Promise<GitRepo> {
    const dir = await makeTempDir();
    await runGit(dir, ['init', '--quiet', ...(options.bare ? ['--bare'] : []), '-b', options.branch ?? 'main']);
    return new GitRepo(dir);
  }

  /** Clone `url` (use another repo's `.url`: file:// so that --depth is honoured). */
  static async clone(url: string, options: CloneOptions = {}): Promise<GitRepo> {
    const dir = await makeTempDir();
    const args = ['clone', '--quiet'];
    if (options.depth !== undefined) args.push(`--depth=${options.depth}`);
    if (options.branch) args.push('--branch', options.branch);
    if (options.singleBranch === false) args.push('--no-single-branch');
    args.push('--', url, dir);
    await runGit(dir, args);
    return new GitRepo(dir);
  }

  /** Run any git command here; resolves with stdout. */
  git(...args: string[]): Promise<string> {
    return runGit(this.dir, args);
  }

  /** Write files (relative paths, '/'-separated; parent dirs created). Not staged. */
  async write(files: Record<string, string | Buffer>): Promise<void> {
    for (const [rel, content] of Object.entries(files)) {
      const p = join(this.dir, ...rel.split('/'));
      await mkdir(dirname(p), { recursive: true });
      await writeFile(p, content);
    }
  }

  /**
   * Write `files` (if any), stage everything (`git add -A`) and commit; resolves with
   * the new commit's SHA. Each commit is one second after the previous one.
   */
  async commit(message: string, files: Record<string, string | Buffer> = {}): Promise<string> {
    await this.write(files);
    await this.git('add', '-A');
    clock++;
    await this.git('commit', '--quiet', '--allow-empty', '-m', message);
    return this.head();
  }

  /** `git rm` the paths and commit. */
  async remove(message: string, paths: string[]): Promise<string> {
    await this.git('rm', '--quiet', '--', ...paths);
    clock++;
    await this.git('commit', '--quiet', '-m', message);
    return this.head();
  }

  /** `git mv` then commit (with optional content changes written after the move). */
  async rename(message: string, from: string, to: string, files: Record<string, string> = {}): Promise<string> {
    await mkdir(dirname(join(this.dir, ...to.split('/'))), { recursive: true });
    await this.git('mv', '--', from, to);
    return this.commit(message, files);
  }

  /** Create branch `name` at `from` (default HEAD) and check it out. */
  async branch(name: string, from = 'HEAD'): Promise<void> {
    await this.git('checkout', '--quiet', '-b', name, from);
  }

  async checkout(ref: string): Promise<void> {
    await this.git('checkout', '--quiet', ref);
  }

  /** Full SHA of a revision (default HEAD). */
  async head(rev = 'HEAD'): Promise<string> {
    return (await this.git('rev-parse', '--verify', `${rev}^{commit}`)).trim();
  }

  /** Add `origin` (or `name`) pointing at another repository. */
  async addRemote(remote: GitRepo, name = 'origin'): Promise<void> {
    await this.git('remote', 'add', name, remote.url);
  }

  /** Push branches to a remote (default origin), forcing. */
  async push(remote = 'origin', ...branches: string[]): Promise<void> {
    await this.git('push', '--quiet', '--force', remote, ...branches.map((b) => `${b}:${b}`));
  }

  /** Whether `rev` names a commit that is present in this repository. */
  async has(rev: string): Promise<boolean> {
    try {
      await this.git('cat-file', '-e', `${rev}^{commit}`);
      return true;
    } catch {
      return false;
    }
  }
}
