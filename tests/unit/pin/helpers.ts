import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ID = [
  '-c',
  'user.name=quality test',
  '-c',
  'user.email=test@example.invalid',
  '-c',
  'commit.gpgsign=false',
  '-c',
  'tag.gpgsign=false',
];

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', [...ID, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** A temp folder holding a `server/` of bare repositories, reachable as `file://.../server`. */
export class Server {
  readonly dir = mkdtempSync(join(tmpdir(), 'quality-pin-'));
  readonly root = join(this.dir, 'server');
  readonly url = pathToFileURL(this.root).href;
  private n = 0;

  /** A bare repository owner/repo with a working clone; returns helpers to commit and tag. */
  repo(owner: string, name: string) {
    const bare = join(this.root, owner, name);
    mkdirSync(bare, { recursive: true });
    git(bare, 'init', '-q', '--bare');
    const work = join(this.dir, 'work', owner, name);
    mkdirSync(work, { recursive: true });
    git(work, 'init', '-q', '-b', 'main');
    git(work, 'remote', 'add', 'origin', bare);
    const self = {
      /** A new commit on main, pushed; returns its SHA. */
      commit: (): string => {
        writeFileSync(join(work, 'file.txt'), `${++this.n}\n`);
        git(work, 'add', 'file.txt');
        git(work, 'commit', '-q', '-m', `commit ${this.n}`);
        git(work, 'push', '-q', 'origin', 'main');
        return git(work, 'rev-parse', 'HEAD');
      },
      /** Tag a commit (annotated when asked) and push it, moving the tag when it exists. */
      tag: (tag: string, sha: string, annotated = false): void => {
        git(work, 'tag', '-f', ...(annotated ? ['-a', '-m', tag] : []), tag, sha);
        git(work, 'push', '-q', '-f', 'origin', `refs/tags/${tag}`);
      },
      /** The object a tag names on the server (the tag object for an annotated tag). */
      tagObject: (tag: string): string => git(bare, 'rev-parse', `refs/tags/${tag}`),
    };
    return self;
  }
}
