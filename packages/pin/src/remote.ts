/**
 * The branches and tags of action repositories on a server, read with `git ls-remote`
 * (no API, no token), once per repository. Annotated tags are peeled: a tag maps to the
 * commit it names. A failure is classified: the repository does not exist (per reference)
 * or the server cannot be reached (one error for the whole run).
 */
import { ConfigurationError, InputError, errorMessage } from '@quality/kit/errors';
import { GitError, lsRemote, type RemoteRef } from '@quality/kit/git';

export type ListRemote = (url: string) => Promise<RemoteRef[]>;

export interface RepoRefs {
  /** Tag name -> commit SHA (peeled). */
  tags: Map<string, string>;
  /** Branch name -> commit SHA. */
  heads: Map<string, string>;
}

/** The repository does not exist on the server (or is private). */
export class MissingRepository extends ConfigurationError {
  override readonly name = 'MissingRepository';
}

/** A server URL without a trailing slash; only http(s), ssh, git and file URLs. */
export function serverUrl(url: string): string {
  const u = url.trim().replace(/\/+$/, '');
  if (!/^(?:https?|ssh|git|file):\/\/[^\s]+$/i.test(u)) {
    throw new InputError('server-url', url, 'an https://, http://, ssh://, git:// or file:// URL of the server');
  }
  return u;
}

const NOT_FOUND =
  /does not appear to be a git repository|repository not found|not found|returned error: 40[134]|could not read (?:username|password)|terminal prompts disabled|authentication failed|no such file or directory/i;

function firstLine(s: string): string {
  return (
    s
      .split('\n')
      .map((l) => l.replace(/^fatal: /, '').trim())
      .find((l) => l !== '') ?? '(no message)'
  );
}

export function parseRefs(refs: readonly RemoteRef[]): RepoRefs {
  const tags = new Map<string, string>();
  const heads = new Map<string, string>();
  for (const r of refs) {
    if (r.name.startsWith('refs/heads/')) heads.set(r.name.slice(11), r.sha);
    else if (r.name.startsWith('refs/tags/')) {
      const peeled = r.name.endsWith('^{}');
      const name = r.name.slice(10, peeled ? -3 : undefined);
      if (peeled || !tags.has(name)) tags.set(name, r.sha);
    }
  }
  return { tags, heads };
}

export class Remotes {
  readonly server: string;
  private readonly cache = new Map<string, Promise<RepoRefs>>();

  constructor(
    server: string,
    private readonly list: ListRemote = (url) => lsRemote(url),
  ) {
    this.server = serverUrl(server);
  }

  url(owner: string, repo: string): string {
    return `${this.server}/${owner}/${repo}`;
  }

  /** The refs of owner/repo; rejects with MissingRepository or a ConfigurationError for the server. */
  refs(owner: string, repo: string): Promise<RepoRefs> {
    const key = `${owner}/${repo}`.toLowerCase();
    let p = this.cache.get(key);
    if (!p) {
      p = this.fetch(owner, repo);
      this.cache.set(key, p);
    }
    return p;
  }

  private async fetch(owner: string, repo: string): Promise<RepoRefs> {
    const url = this.url(owner, repo);
    try {
      return parseRefs(await this.list(url));
    } catch (e) {
      if (e instanceof GitError && NOT_FOUND.test(e.stderr)) {
        throw new MissingRepository(
          `the repository ${url} does not exist or is not public (git ls-remote: ${firstLine(e.stderr)})`,
        );
      }
      if (e instanceof GitError) {
        throw new ConfigurationError(
          `Cannot reach ${this.server} (git ls-remote ${url}: ${firstLine(e.stderr)}). Check the server URL (--server-url, GITHUB_SERVER_URL) and the network.`,
        );
      }
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new ConfigurationError('git is not installed or not on PATH: pin and upgrade run git ls-remote.');
      }
      if (e instanceof ConfigurationError) throw e;
      throw new ConfigurationError(`Cannot list the refs of ${url}: ${errorMessage(e)}`, { cause: e });
    }
  }
}

/** A release version `vX.Y.Z` or `X.Y.Z`, or a partial `vX` / `vX.Y` (parts -1). */
export interface Version {
  major: number;
  minor: number;
  patch: number;
  /** How many parts were written: 1, 2 or 3. */
  parts: number;
  prefix: '' | 'v';
}

export function parseVersion(s: string): Version | undefined {
  const m = /^(v?)(\d{1,9})(?:\.(\d{1,9}))?(?:\.(\d{1,9}))?$/.exec(s);
  if (!m) return undefined;
  const minor = m[3] === undefined ? -1 : Number(m[3]);
  const patch = m[4] === undefined ? -1 : Number(m[4]);
  return {
    major: Number(m[2]),
    minor,
    patch,
    parts: patch >= 0 ? 3 : minor >= 0 ? 2 : 1,
    prefix: m[1] as '' | 'v',
  };
}

export function compareVersions(a: Version, b: Version): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

/** Full `X.Y.Z` release tags (no pre-releases), newest first. */
export function releaseTags(refs: RepoRefs): { tag: string; version: Version; sha: string }[] {
  const out: { tag: string; version: Version; sha: string }[] = [];
  for (const [tag, sha] of refs.tags) {
    const version = parseVersion(tag);
    if (version && version.parts === 3) out.push({ tag, version, sha });
  }
  return out.sort((a, b) => compareVersions(b.version, a.version) || (a.tag < b.tag ? 1 : -1));
}
