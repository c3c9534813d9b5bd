/**
 * `upgrade`: pinned actions moved to the newest release tag (`X.Y.Z`, no pre-release) within
 * their major, or across majors with `major: true`. The written form is kept: a SHA stays a
 * SHA with its `# vX.Y.Z` comment updated, a tag stays a tag of the same precision (`v4`,
 * `v4.1`, `v4.1.0`). A SHA's current release is the newest release tag naming that commit,
 * else the version in its comment; without either it is left alone with a warning.
 */
import { MissingRepository, Remotes, compareVersions, parseVersion, releaseTags, type Version } from './remote.js';
import {
  eachSite,
  isFullSha,
  scan,
  throwProblems,
  where,
  writeEdits,
  type EngineOptions,
  type Skipped,
} from './pin.js';
import type { Edit } from './uses.js';

export interface UpgradeOptions extends EngineOptions {
  /** Allow moving to a newer major version (default false). */
  major?: boolean;
}

export interface Upgrade {
  file: string;
  line: number;
  /** owner/repo[/path] */
  action: string;
  /** The release before and after (tag names). */
  from: string;
  to: string;
  /** The ref written before and after (a SHA or a tag). */
  fromRef: string;
  toRef: string;
  /** The changelog range on the server: `<server>/<owner>/<repo>/compare/<from>...<to>`. */
  compareUrl: string;
}

export interface UpgradeResult {
  upgrades: Upgrade[];
  files: string[];
  /** References already on the newest release allowed. */
  upToDate: number;
  skipped: Skipped[];
  warnings: string[];
}

type Outcome =
  | { kind: 'problem'; text: string }
  | { kind: 'skip'; reason: string; warn: boolean }
  | { kind: 'current'; warnings: string[] }
  | {
      kind: 'upgrade';
      edit: Omit<Edit, 'site'>;
      upgrade: Omit<Upgrade, 'file' | 'line' | 'action'>;
      warnings: string[];
    };

const fmt = (v: Version) =>
  `${v.prefix}${v.major}${v.minor >= 0 ? `.${v.minor}` : ''}${v.patch >= 0 ? `.${v.patch}` : ''}`;

export async function upgrade(files: readonly string[], options: UpgradeOptions): Promise<UpgradeResult> {
  const remotes = new Remotes(options.serverUrl, options.listRemote);
  const scanned = scan(files, options.root);
  const acrossMajors = options.major ?? false;

  const outcomes = await eachSite(scanned.sites, async (s): Promise<Outcome> => {
    const { owner, repo, ref } = s.action;
    const sha = isFullSha(ref);
    const commentWord = s.site.comment?.trim().split(/\s+/)[0] ?? '';
    const commentVersion = sha ? parseVersion(commentWord) : undefined;
    const refVersion = sha ? undefined : parseVersion(ref);
    if (!sha && !refVersion) return { kind: 'skip', reason: `'${ref}' is not a release version`, warn: false };
    let refs;
    try {
      refs = await remotes.refs(owner, repo);
    } catch (e) {
      if (e instanceof MissingRepository) {
        return { kind: 'problem', text: `${where(s)}: ${e.message}. Check the owner and repository name.` };
      }
      throw e;
    }
    const releases = releaseTags(refs);
    const warnings: string[] = [];

    // The current release.
    let current: Version | undefined;
    let currentTag: string | undefined;
    if (sha) {
      const exact = releases.find((r) => r.sha === ref);
      if (exact) {
        current = exact.version;
        currentTag = exact.tag;
      } else if (commentVersion) {
        current = commentVersion;
        currentTag = commentWord;
        const named = refs.tags.get(commentWord);
        if (named !== undefined && named !== ref) {
          warnings.push(
            `${where(s)}: the tag ${commentWord} now names ${named}, not the pinned commit: it was moved upstream (or the comment is wrong); check before trusting it.`,
          );
        }
      } else {
        return {
          kind: 'skip',
          reason: 'no release tag names this commit and its comment is not a version (# vX.Y.Z)',
          warn: true,
        };
      }
    } else {
      current = refVersion!;
      currentTag = ref;
    }

    const candidates = releases.filter((r) => acrossMajors || r.version.major === current.major);
    const newest = candidates[0];
    if (!newest)
      return {
        kind: 'skip',
        reason: `${owner}/${repo} has no release tag vX.Y.Z in major ${current.major}`,
        warn: true,
      };

    if (sha) {
      const newer = current.parts === 3 ? compareVersions(newest.version, current) > 0 : newest.sha !== ref;
      if (!newer || newest.sha === ref) return { kind: 'current', warnings };
      const comment = commentVersion
        ? s.site.comment!.trim().replace(commentWord, newest.tag)
        : s.site.comment?.trim()
          ? `${newest.tag} ${s.site.comment.trim()}`
          : newest.tag;
      return {
        kind: 'upgrade',
        edit: { ref: newest.sha, comment },
        upgrade: { from: currentTag, to: newest.tag, fromRef: ref, toRef: newest.sha, compareUrl: '' },
        warnings,
      };
    }

    // A tag: keep its precision, when such a tag exists.
    const v = newest.version;
    const short = [
      fmt({ ...v, prefix: current.prefix, patch: -1, minor: -1 }),
      fmt({ ...v, prefix: current.prefix, patch: -1 }),
    ];
    const wanted = current.parts === 3 ? newest.tag : short[current.parts - 1]!;
    const toRef = refs.tags.has(wanted) ? wanted : newest.tag;
    const newer =
      compareVersions(v, current) > 0 &&
      (current.parts === 3 || v.major > current.major || (current.parts === 2 && v.minor > current.minor));
    if (!newer || toRef === ref) return { kind: 'current', warnings };
    return {
      kind: 'upgrade',
      edit: { ref: toRef },
      upgrade: { from: currentTag, to: newest.tag, fromRef: ref, toRef, compareUrl: '' },
      warnings,
    };
  });

  const problems: string[] = [];
  const warnings: string[] = [];
  const skipped = [...scanned.skipped];
  const upgrades: Upgrade[] = [];
  const edits = new Map<string, Edit[]>();
  let upToDate = 0;
  scanned.sites.forEach((s, i) => {
    const o = outcomes[i]!;
    if (o.kind === 'problem') problems.push(o.text);
    else if (o.kind === 'skip') {
      skipped.push({ file: s.file, line: s.site.line, uses: s.site.value, reason: o.reason });
      if (o.warn) warnings.push(`${where(s)}: not upgraded: ${o.reason}.`);
    } else {
      warnings.push(...o.warnings);
      if (o.kind === 'current') upToDate++;
      else {
        const list = edits.get(s.file) ?? [];
        list.push({ site: s.site, ...o.edit });
        edits.set(s.file, list);
        upgrades.push({
          file: s.file,
          line: s.site.line,
          action: `${s.action.owner}/${s.action.repo}${s.action.path}`,
          ...o.upgrade,
          compareUrl: `${remotes.url(s.action.owner, s.action.repo)}/compare/${o.upgrade.from}...${o.upgrade.to}`,
        });
      }
    }
  });
  throwProblems(problems);
  const changed = writeEdits(scanned, edits, options.root, options.write ?? true);
  return { upgrades, files: changed, upToDate, skipped, warnings };
}
