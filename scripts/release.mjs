#!/usr/bin/env node
// Cut a release: `npm run release -- X.Y.Z`.
//
//   node scripts/release.mjs X.Y.Z [--skip-checks]   release from the current branch
//   node scripts/release.mjs --notes vX.Y.Z           print that version's CHANGELOG.md section
//
// Refuses a dirty tree, a detached HEAD, an existing tag or a version not above the last tag;
// runs `npm run lint`, `npm test` and `npm run check-dist` (a stale dist/ refuses the release);
// sets the version in every package.json, package-lock.json and each `VERSION = 'X.Y.Z'`
// constant under packages/*/src and actions/; rebuilds dist/ (it embeds the version); writes the
// CHANGELOG.md section from the conventional commits since the last tag (Features: feat, Fixes:
// fix, Breaking: `type!:` or a `BREAKING CHANGE:` footer), the hand-written `## Unreleased`
// entries first under the same headings; commits, tags vX.Y.Z and moves vX and
// vX.Y (annotated tags), then prints the push command. Nothing is pushed.
//
// --skip-checks skips lint, tests, check-dist and the rebuild: only for this script's own tests.
// QUALITY_RELEASE_NPM_CLI: a JavaScript file run with node in place of npm's CLI (default: the
// npm running this script, npm_execpath, else `npm` on PATH); the tests point it at a stub that
// fakes a stale dist/ without a real build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const usage = 'usage: npm run release -- X.Y.Z [--skip-checks]\n       node scripts/release.mjs --notes vX.Y.Z\n';

class Refusal extends Error {}

function run(cmd, args, { cwd, capture = true, allowFail = false } = {}) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
  if (r.error) throw new Refusal(`cannot run ${cmd}: ${r.error.message}`);
  if (r.status !== 0 && !allowFail) {
    throw new Refusal(`${cmd} ${args.join(' ')} failed (exit ${r.status}): ${(r.stderr ?? '').trim()}`);
  }
  return { code: r.status, out: (r.stdout ?? '').trimEnd() };
}

const git = (cwd, ...args) => run('git', args, { cwd }).out;

function npm(cwd, args) {
  const cli = process.env.QUALITY_RELEASE_NPM_CLI || process.env.npm_execpath;
  const [cmd, full] = cli ? [process.execPath, [cli, ...args]] : ['npm', args];
  return run(cmd, full, { cwd, capture: false, allowFail: true }).code === 0;
}

const SEMVER = /^v?(\d{1,9})\.(\d{1,9})\.(\d{1,9})$/;
const parse = (v) => SEMVER.exec(v)?.slice(1).map(Number);
const newer = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** Conventional commits since `since` (or all), sorted into the changelog's sections. */
function sections(cwd, since) {
  const range = since ? [`${since}..HEAD`] : ['HEAD'];
  const log = git(cwd, 'log', '--no-merges', '--format=%h%x1f%s%x1f%b%x1e', ...range);
  const out = { Features: [], Fixes: [], Breaking: [] };
  for (const entry of log.split('\x1e')) {
    const [hash, subject = '', body = ''] = entry.trim().split('\x1f');
    if (!hash) continue;
    const m = /^(\w+)(?:\(([^)]*)\))?(!)?: (.+)$/.exec(subject);
    if (!m) continue;
    const [, type, scope, bang, description] = m;
    const footer = /^BREAKING[ -]CHANGE: ([^\n]+)/m.exec(body);
    const text = `${scope ? `**${scope}:** ` : ''}${description}`;
    if (bang || footer) out.Breaking.push(`${text}${footer ? `: ${footer[1].trim()}` : ''} (${hash})`);
    else if (type === 'feat') out.Features.push(`${text} (${hash})`);
    else if (type === 'fix') out.Fixes.push(`${text} (${hash})`);
  }
  return out;
}

/** Commit text in markdown: no HTML, no @-mentions. */
const md = (s) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/(^|\s)@(\w)/g, '$1&#64;$2');

function changelogSection(version, date, s, since, written = {}) {
  const parts = [`## v${version} (${date})`];
  // Hand-written entries (the `## Unreleased` section) first, under the same headings.
  const names = [...new Set(['Features', 'Fixes', 'Breaking', ...Object.keys(written)])];
  for (const name of names) {
    const lines = [...(written[name] ?? []), ...(s[name] ?? []).map((e) => `- ${md(e)}`)];
    if (lines.length) parts.push(`### ${name}`, lines.join('\n'));
  }
  if (parts.length === 1) parts.push(`No features, fixes or breaking changes${since ? ` since ${since}` : ''}.`);
  return `${parts.join('\n\n')}\n`;
}

/** The section of one version in a CHANGELOG.md text, without its heading; undefined when absent. */
function notesOf(text, tag) {
  const v = tag.replace(/^v/, '');
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`## v${v} `) || l === `## v${v}`);
  if (start < 0) return undefined;
  let end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  if (end < 0) end = lines.length;
  return `${lines
    .slice(start + 1, end)
    .join('\n')
    .trim()}\n`;
}

/**
 * The hand-written `## Unreleased` section of a changelog, taken out: its lines under each
 * `### Name` heading, and the text without the section (the release section replaces it).
 */
function takeUnreleased(text) {
  const m = /^## Unreleased[^\n]*\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(text);
  if (!m) return { text, written: {} };
  const written = {};
  let name = 'Notes';
  for (const line of m[1].split('\n')) {
    const h = /^### (.+)$/.exec(line);
    if (h) name = h[1].trim();
    else if (line.trim() !== '') (written[name] ??= []).push(line);
  }
  return { text: text.slice(0, m.index) + text.slice(m.index + m[0].length), written };
}

/** The changelog with a new section before the first release section (or at the end). */
function insertSection(text, section) {
  const at = text.search(/^## /m);
  if (at >= 0) return `${text.slice(0, at)}${section}\n${text.slice(at)}`;
  return `${text.trimEnd()}\n\n${section}`;
}

/** Replace the top-level "version" of a package.json text, keeping every other byte. */
function setPackageVersion(text, version) {
  return text.replace(/^(\s{2}"version":\s*")[^"]*(")/m, `$1${version}$2`);
}

function setVersion(root, version) {
  const changed = [];
  const write = (rel, before, after) => {
    if (after !== before) {
      writeFileSync(join(root, rel), after);
      changed.push(rel);
    }
  };
  const pkgs = ['package.json'];
  const workspaces = existsSync(join(root, 'packages'))
    ? readdirSync(join(root, 'packages')).filter((d) => existsSync(join(root, 'packages', d, 'package.json')))
    : [];
  pkgs.push(...workspaces.map((d) => `packages/${d}/package.json`));
  for (const rel of pkgs) {
    const text = readFileSync(join(root, rel), 'utf8');
    write(rel, text, setPackageVersion(text, version));
  }
  if (existsSync(join(root, 'package-lock.json'))) {
    const text = readFileSync(join(root, 'package-lock.json'), 'utf8');
    const lock = JSON.parse(text);
    lock.version = version;
    if (lock.packages?.['']) lock.packages[''].version = version;
    for (const d of workspaces) if (lock.packages?.[`packages/${d}`]) lock.packages[`packages/${d}`].version = version;
    write('package-lock.json', text, `${JSON.stringify(lock, null, 2)}\n`);
  }
  const sources = git(
    root,
    'ls-files',
    '-z',
    '--',
    'packages/*/src/*.ts',
    'packages/*/src/**/*.ts',
    'actions/*.ts',
    'actions/**/*.ts',
  )
    .split('\0')
    .filter(Boolean);
  for (const rel of [...new Set(sources)]) {
    const text = readFileSync(join(root, rel), 'utf8');
    write(rel, text, text.replace(/(\bVERSION\s*=\s*')\d+\.\d+\.\d+(')/g, `$1${version}$2`));
  }
  return changed;
}

function release(version, { skipChecks }) {
  const root = git(process.cwd(), 'rev-parse', '--show-toplevel');
  const dirty = git(root, 'status', '--porcelain', '--untracked-files=normal');
  if (dirty) {
    const list = dirty.split('\n');
    throw new Refusal(
      `the working tree is not clean; commit or stash first:\n${list.slice(0, 10).join('\n')}${list.length > 10 ? `\n... and ${list.length - 10} more` : ''}`,
    );
  }
  const branch = run('git', ['symbolic-ref', '--short', '-q', 'HEAD'], { cwd: root, allowFail: true }).out;
  if (!branch) throw new Refusal('HEAD is detached: check out the branch to release from.');
  const tag = `v${version}`;
  if (run('git', ['rev-parse', '-q', '--verify', `refs/tags/${tag}`], { cwd: root, allowFail: true }).out) {
    throw new Refusal(`the tag ${tag} already exists.`);
  }
  const last = run('git', ['describe', '--tags', '--abbrev=0', '--match', 'v[0-9]*.[0-9]*.[0-9]*'], {
    cwd: root,
    allowFail: true,
  }).out;
  if (last && parse(last) && newer(parse(version), parse(last)) <= 0) {
    throw new Refusal(`${tag} is not above the last release ${last}.`);
  }

  if (!skipChecks) {
    for (const [args, hint] of [
      [['run', 'lint'], 'fix the lint and formatting errors'],
      [['test'], 'fix the failing tests'],
      [['run', 'check-dist'], 'dist/ is stale: run `npm run build` and commit dist/'],
    ]) {
      if (!npm(root, args)) throw new Refusal(`\`npm ${args.join(' ')}\` failed: ${hint}.`);
    }
  }

  const changed = setVersion(root, version);
  if (!skipChecks && !npm(root, ['run', 'build']))
    throw new Refusal('`npm run build` failed after setting the version.');

  const date = new Date().toISOString().slice(0, 10);
  const clPath = join(root, 'CHANGELOG.md');
  const unreleased = takeUnreleased(existsSync(clPath) ? readFileSync(clPath, 'utf8') : '# Changelog\n');
  const commits = sections(root, last || undefined);
  const section = changelogSection(version, date, commits, last || undefined, unreleased.written);
  writeFileSync(clPath, insertSection(unreleased.text, section));

  git(root, 'add', '--', 'CHANGELOG.md', ...changed);
  if (existsSync(join(root, 'dist'))) git(root, 'add', '-A', '--', 'dist');
  git(root, 'commit', '-q', '-m', `chore(release): ${tag}`);
  git(root, 'tag', '-a', '-m', tag, tag);
  const moving = movingTags(root, version);
  for (const m of moving) git(root, 'tag', '-f', '-a', '-m', tag, m, tag);
  const remote = run('git', ['config', `branch.${branch}.remote`], { cwd: root, allowFail: true }).out || 'origin';
  const [major, minor] = parse(version);
  const kept = [`v${major}.${minor}`, `v${major}`].filter((m) => !moving.includes(m));
  process.stdout.write(
    `Released ${tag} on ${branch} (files: ${['CHANGELOG.md', ...changed].join(', ')}).\n` +
      (moving.length ? `${moving.join(' and ')} now name it.\n` : '') +
      (kept.length
        ? `${kept.join(' and ')} ${kept.length === 1 ? 'stays' : 'stay'} on a newer release: not moved.\n`
        : '') +
      `Push it with:\n  git push ${remote} ${branch} ${tag}` +
      (moving.length ? ` && git push --force ${remote} ${moving.join(' ')}` : '') +
      '\n',
  );
}

/**
 * The moving tags `version` takes: vX.Y and vX each only when no release of its line is newer
 * (a fix on an older minor line must not take vX backwards; release.yml holds to the same rule).
 */
function movingTags(root, version) {
  const v = parse(version);
  const releases = git(root, 'tag', '--list', `v${v[0]}.*`)
    .split('\n')
    .map((t) => parse(t.trim()))
    .filter(Boolean);
  const newest = (same) => releases.filter(same).every((r) => newer(v, r) >= 0);
  const out = [];
  if (newest((r) => r[0] === v[0] && r[1] === v[1])) out.push(`v${v[0]}.${v[1]}`);
  if (newest((r) => r[0] === v[0])) out.push(`v${v[0]}`);
  return out;
}

function main(argv) {
  if (argv[0] === '--notes') {
    if (!argv[1]) return fail(usage, 2);
    const text = existsSync('CHANGELOG.md') ? readFileSync('CHANGELOG.md', 'utf8') : '';
    const notes = notesOf(text, argv[1]);
    if (notes === undefined) return fail(`release: CHANGELOG.md has no section for ${argv[1]}.\n`, 1);
    process.stdout.write(notes);
    return 0;
  }
  const skipChecks = argv.includes('--skip-checks');
  const rest = argv.filter((a) => a !== '--skip-checks');
  if (rest.length !== 1 || !parse(rest[0])) return fail(usage, 2);
  try {
    release(rest[0].replace(/^v/, ''), { skipChecks });
    return 0;
  } catch (e) {
    if (e instanceof Refusal) return fail(`release refused: ${e.message}\n`, 1);
    throw e;
  }
}

function fail(message, code) {
  process.stderr.write(message);
  return code;
}

process.exitCode = main(process.argv.slice(2));
