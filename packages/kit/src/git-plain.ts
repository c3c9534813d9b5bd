/**
 * When a repository's own files give git's answer: the check kit's readers of `.git` share
 * (git-index.ts for the tracked files, git-objects.ts for commits). A plain `.git` folder, no
 * variable that points git elsewhere or changes what it sees, and a config with none of the
 * settings that do (a worktree, an include, another object format or reference storage, replace
 * refs, a bare repository). Anything else is git's to read.
 */
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { readSmallBytes } from './files.js';

/** Variables that change which repository, index, objects or history git sees. */
const REDIRECTS = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_COMMON_DIR',
  'GIT_NAMESPACE',
  'GIT_CEILING_DIRECTORIES',
  'GIT_DISCOVERY_ACROSS_FILESYSTEM',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_GRAFT_FILE',
  'GIT_SHALLOW_FILE',
  'GIT_REPLACE_REF_BASE',
];
const CONFIG_UNSURE = /worktree|include|objectformat|refstorage|replace|bare\s*=\s*true/i;

/** The `.git` folder of `topLevel` when reading it ourselves gives git's answer, else undefined. */
export function plainGitDir(topLevel: string, env: NodeJS.ProcessEnv): string | undefined {
  if (REDIRECTS.some((k) => env[k] !== undefined)) return undefined;
  const gitDir = join(topLevel, '.git');
  try {
    if (!lstatSync(gitDir).isDirectory()) return undefined;
    const config = readSmallBytes(join(gitDir, 'config'), 1024 * 1024);
    return config.ok && !CONFIG_UNSURE.test(config.bytes.toString('latin1')) ? gitDir : undefined;
  } catch {
    return undefined;
  }
}
