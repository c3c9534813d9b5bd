/**
 * The guard scanner: every check over a list of entries, whatever listed them (`git ls-files`,
 * the index for `--staged`, a diff). Entries are read lazily and binary files are skipped by
 * content sniffing, so the caller never reads a file twice.
 *
 * Tricky rule: a file too large to read is reported (notice) as not scanned for secrets,
 * never silently passed.
 */
import { fingerprint, type Finding } from '@quality/kit/findings';
import { findSecrets, SECRET_TRIGGERS } from './secrets.js';
import {
  brokenSymlink,
  caseCollisions,
  conflictMarkers,
  isBinary,
  shebangVsMode,
  sizeCheck,
  syntaxErrors,
  textPolicy,
} from './files.js';
import { checkWorkflow, isActionPath, isWorkflowPath, type WorkflowOptions } from './workflows.js';
import { LineIndex } from './lines.js';

export interface ScanEntry {
  /** Repository-relative, '/' separators. */
  path: string;
  read(): Buffer;
  /** Git mode: 0o100644, 0o100755, 0o120000 (symlink), 0o160000 (submodule). */
  mode: number;
  size: number;
  symlinkTarget?: string;
  /**
   * Size and contents in one read, used instead of `size` and `read` when present (the work
   * tree: no stat before the read). Undefined when the file is gone or not a file; `data` is
   * absent above `maxBytes` and valid only until the next load.
   */
  load?(maxBytes: number, statOnly?: boolean): { size: number; data?: Buffer; symlinkTarget?: string } | undefined;
  /**
   * The caller knows the file holds no match of TRIGGERS_SOURCE: it is only stat-ed (size, symlink)
   * unless a check reads every byte whatever it holds (JSON, YAML, TOML, workflows).
   */
  clean?: boolean;
}

/**
 * A regular expression source matching the texts without which no content check fires (CONTENT
 * TRIGGERS: a secret's needles and keywords, conflict markers, a shebang).
 */
export const TRIGGERS_SOURCE = `${SECRET_TRIGGERS}|<<<<<<<|#!`;

/** Files whose every byte is checked whatever they hold: syntax, workflows. */
const NEEDS_CONTENT = /\.(?:json|ya?ml|toml)$/i;

export type GuardFinding = Finding & {
  fingerprint: string;
  /** Secrets only: safe to print. */
  redacted?: string;
  /** Secrets only: for masking, never printed. */
  secret?: string;
};

export interface GuardOptions {
  /** Files above this size are findings (default 500 KB, as pre-commit's check-added-large-files). */
  maxFileBytes?: number;
  /** Files above this size are not read (default 8 MiB); they get a 'not scanned' notice. */
  maxScanBytes?: number;
  secrets?: boolean;
  /** Entropy next to a secret keyword (default true). */
  entropy?: boolean;
  files?: boolean;
  workflows?: boolean;
  forbidBom?: boolean;
  forbidCrlf?: boolean;
  workflowSeverities?: WorkflowOptions['severities'];
  /**
   * Every path of the repository (for case collisions and symlink targets when the entries are
   * only a change). Defaults to the entries' paths.
   */
  allPaths?: readonly string[];
}

export interface ScanResult {
  findings: GuardFinding[];
  scanned: number;
  /** prefiltered: no trigger text in them, so only the file checks (size, executable bit) ran. */
  skipped: { binary: number; submodules: number; tooLargeToRead: number; prefiltered: number };
}

const SYMLINK = 0o120000;
const SUBMODULE = 0o160000;
const TYPE_MASK = 0o170000;
const EMPTY = Buffer.alloc(0);

/**
 * What a reader found for an entry (instead of calling its `load`/`read`): the size, and the
 * bytes unless the file is binary, too large, or `clean` (read, and no match of TRIGGERS_SOURCE in it).
 */
export interface Loaded {
  size: number;
  data?: Buffer;
  symlinkTarget?: string;
  binary?: boolean;
  clean?: boolean;
}

/** True when the file's every byte is checked whatever it holds (syntax, workflows, BOM/CRLF). */
export function needsContent(path: string, opts: Pick<GuardOptions, 'forbidBom' | 'forbidCrlf'> = {}): boolean {
  return (
    !!opts.forbidBom || !!opts.forbidCrlf || NEEDS_CONTENT.test(path) || isWorkflowPath(path) || isActionPath(path)
  );
}

export function scan(entries: readonly ScanEntry[], opts: GuardOptions = {}): ScanResult {
  const s = scanner(entries, opts);
  for (const e of entries) s.add(e);
  return s.finish();
}

/**
 * The scan one entry at a time, for a caller that reads the files itself (in another thread):
 * `add` each of `entries` (with what was read for it, or null when it is gone), then `finish`
 * adds the checks across paths.
 */
export function scanner(
  entries: readonly ScanEntry[],
  opts: GuardOptions = {},
): {
  add(e: ScanEntry, pre?: Loaded | null): void;
  finish(): ScanResult;
} {
  const maxFile = opts.maxFileBytes ?? 500 * 1024;
  const maxScan = opts.maxScanBytes ?? 8 * 1024 * 1024;
  const doFiles = opts.files !== false;
  const findings: GuardFinding[] = [];
  const skipped = { binary: 0, submodules: 0, tooLargeToRead: 0, prefiltered: 0 };
  let scanned = 0;

  // Every path and folder, for symlink targets: built at the first symlink only.
  let knownSet: Set<string> | undefined;
  const known = () => {
    if (knownSet) return knownSet;
    knownSet = new Set<string>();
    for (const p of [...(opts.allPaths ?? []), ...entries.map((e) => e.path)]) {
      knownSet.add(p);
      for (let i = p.indexOf('/'); i > 0; i = p.indexOf('/', i + 1)) knownSet.add(p.slice(0, i));
    }
    return knownSet;
  };

  const push = (fs: readonly Finding[], lines?: LineIndex) => {
    for (const f of fs) {
      if ('fingerprint' in f) findings.push(f as GuardFinding);
      else
        findings.push({
          ...f,
          fingerprint: fingerprint(f, f.line !== undefined && lines ? lines.text(f.line) : undefined),
        });
    }
  };

  const add = (e: ScanEntry, pre?: Loaded | null) => {
    const type = e.mode & TYPE_MASK;
    if (type === SUBMODULE) {
      skipped.submodules++;
      return;
    }
    let size = e.size;
    let target = e.symlinkTarget;
    let data: Buffer | undefined;
    const statOnly = pre ? pre.clean === true : e.clean === true && !needsContent(e.path, opts);
    if (pre !== undefined || e.load) {
      const loaded = pre !== undefined ? pre : e.load!(maxScan, statOnly);
      if (!loaded) return;
      ({ size, data } = loaded);
      target = loaded.symlinkTarget;
    }
    if (type === SYMLINK || target !== undefined) {
      if (doFiles && target !== undefined) push(brokenSymlink(e.path, target, (p) => known().has(p)));
      return;
    }
    if (doFiles && size > maxFile) push(sizeCheck(e.path, size, maxFile));
    if (size > maxScan) {
      skipped.tooLargeToRead++;
      push([
        {
          tool: 'guard',
          rule: 'file/not-scanned',
          severity: 'notice',
          path: e.path,
          message: `Not scanned for secrets or syntax: the file is larger than ${Math.round(maxScan / 1024 / 1024)} MiB.`,
        },
      ]);
      return;
    }
    if (statOnly) {
      // No '#!' anywhere: only an executable bit can be wrong.
      if (doFiles && e.mode & 0o111) push(shebangVsMode(e.path, EMPTY, e.mode));
      skipped.prefiltered++;
      return;
    }
    const buf = pre?.binary ? EMPTY : (data ?? e.read());
    if (pre?.binary || isBinary(buf)) {
      skipped.binary++;
      return;
    }
    scanned++;
    const src = buf.toString('utf8');
    let lines: LineIndex | undefined;
    const lineIndex = () => (lines ??= new LineIndex(src));
    if (opts.secrets !== false) push(findSecrets(e.path, src, { entropy: opts.entropy }));
    if (doFiles) {
      const fs = [
        ...shebangVsMode(e.path, buf, e.mode),
        ...conflictMarkers(e.path, src),
        ...syntaxErrors(e.path, src),
        ...textPolicy(e.path, src, { forbidBom: opts.forbidBom, forbidCrlf: opts.forbidCrlf }),
      ];
      if (fs.length) push(fs, lineIndex());
    }
    if (opts.workflows !== false && (isWorkflowPath(e.path) || isActionPath(e.path))) {
      const fs = checkWorkflow(e.path, src, { severities: opts.workflowSeverities });
      if (fs.length) push(fs, lineIndex());
    }
  };

  const finish = (): ScanResult => {
    if (doFiles) {
      let paths = entries.map((e) => e.path);
      if (opts.allPaths) {
        const listed = new Set(opts.allPaths);
        paths = [...opts.allPaths, ...paths.filter((p) => !listed.has(p))];
      }
      const collisions = caseCollisions(paths);
      if (collisions.length) {
        const changed = new Set<string>();
        for (const e of entries) {
          changed.add(e.path);
          for (let i = e.path.indexOf('/'); i > 0; i = e.path.indexOf('/', i + 1)) changed.add(e.path.slice(0, i));
        }
        push(collisions.filter((f) => changed.has(f.path)));
      }
    }
    return { findings, scanned, skipped };
  };
  return { add, finish };
}
