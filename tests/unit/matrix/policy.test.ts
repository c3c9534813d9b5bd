import { describe, it, expect } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { ConfigurationError, FileFormatError, InputError } from '@quality/kit/errors';
import { detectProjects } from '../../../packages/matrix/src/detect.js';
import { parseVersionPolicy, versionsFor } from '../../../packages/matrix/src/policy.js';
import { diskReader, memoryReader } from '../../../packages/matrix/src/reader.js';
import { buildMatrix } from '../../../packages/matrix/src/build.js';
import { defaultReleaseData } from '../../../packages/matrix/src/release-lines.js';
import type { Language, Project, VersionPolicy } from '../../../packages/matrix/src/types.js';

const ctx = { data: defaultReleaseData(), today: '2026-11-22' };
const fixture = fileURLToPath(new URL('../../fixtures/matrix/monorepo', import.meta.url));
const projects = detectProjects(diskReader(fixture));
const run = (policy: VersionPolicy) =>
  Object.fromEntries(projects.map((p) => [`${p.dir}:${p.language}`, versionsFor(p, policy, ctx).versions]));

const project = (language: Language, value?: string, field?: string): Project => ({
  dir: 'x',
  language,
  packageManager: 'npm',
  manifest: 'x/m',
  ...(value !== undefined ? { version: { value, file: 'x/f', ...(field ? { field } : {}) } } : {}),
});

describe('versions: file', () => {
  it('gives exactly what the files pin, with aliases resolved on today', () => {
    expect(run('file')).toEqual({
      '.:node': ['26'], // lts/* on 2026-11-22
      'packages/api:node': ['26'], // >=20: the newest supported line
      'packages/web:node': ['22.11.0'],
      'packages/cli:node': ['24'], // ^24
      'yarnapp:node': ['20.11.1'],
      'services/py-poetry:python': ['3.15'], // ^3.11
      'services/py-uv:python': ['3.12'], // >=3.10,<3.13
      'services/py-req:python': ['3.12.4'],
      'services/py-setup:python': ['3.15'], // >=3.11
      'go/svc:go': ['1.23.1'],
      'go/lib:go': ['1.24'],
      'go/tool:go': ['1.25.0'],
    });
  });
});

describe('versions: file with a range', () => {
  it('resolves engines.node and requires-python ranges to the newest supported line that satisfies them', () => {
    expect(versionsFor(project('node', '>=18', 'engines.node'), 'file', ctx)).toEqual({ versions: ['26'] });
    expect(versionsFor(project('node', '>=20 <25', 'engines.node'), 'file', ctx).versions).toEqual(['24']);
    expect(versionsFor(project('node', '22.x'), 'file', ctx).versions).toEqual(['22.x']);
    expect(versionsFor(project('node', 'v22'), 'file', ctx).versions).toEqual(['22']);
    expect(versionsFor(project('python', '>=3.10', 'project.requires-python'), 'file', ctx).versions).toEqual(['3.15']);
    expect(versionsFor(project('python', '~=3.11.0'), 'file', ctx).versions).toEqual(['3.11']);
    expect(versionsFor(project('python', '3.12'), 'file', ctx).versions).toEqual(['3.12']);
    // Go's `go` directive stays what setup-go installs from go.mod.
    expect(versionsFor(project('go', '1.24', 'go'), 'file', ctx).versions).toEqual(['1.24']);
  });

  it('uses the newest end-of-life line, with a warning, when only such lines satisfy', () => {
    const r = versionsFor(project('python', '<3.10', 'project.requires-python'), 'file', ctx);
    expect(r.versions).toEqual(['3.9']);
    expect(r.warning).toMatch(/only end-of-life Python lines satisfy; using 3\.9/);
    expect(() => versionsFor(project('node', '>=99', 'engines.node'), 'file', ctx)).toThrow(
      /no known Node\.js release line satisfies/,
    );
    expect(() => versionsFor(project('python', '>=3.x', 'project.requires-python'), 'file', ctx)).toThrow(
      FileFormatError,
    );
  });

  it('names the job by the line and keeps the range in the project description', () => {
    const reader = memoryReader({ 'package.json': '{"engines":{"node":">=18"}}' });
    const r = buildMatrix({ reader, today: ctx.today, versions: 'file' });
    expect(r.matrix.include.map((e) => [e['name'], e['version']])).toEqual([['node 26, ubuntu-latest', '26']]);
    expect(r.summaries[0]!.project.version).toEqual({ value: '>=18', file: 'package.json', field: 'engines.node' });
  });
});

describe('versions: supported and min-max', () => {
  it('expands ranges to the supported lines that satisfy them', () => {
    const p = projects.filter((x) => !['yarnapp', 'go/svc', 'go/lib'].includes(x.dir));
    const sup = Object.fromEntries(p.map((x) => [x.dir + ':' + x.language, versionsFor(x, 'supported', ctx).versions]));
    expect(sup).toEqual({
      '.:node': ['26'],
      'packages/api:node': ['22', '24', '26'],
      'packages/web:node': ['22'],
      'packages/cli:node': ['24'],
      'services/py-poetry:python': ['3.11', '3.12', '3.13', '3.14', '3.15'],
      'services/py-uv:python': ['3.11', '3.12'],
      'services/py-req:python': ['3.12'],
      'services/py-setup:python': ['3.11', '3.12', '3.13', '3.14', '3.15'],
      'go/tool:go': ['1.25', '1.26'],
    });
    const mm = Object.fromEntries(p.map((x) => [x.dir + ':' + x.language, versionsFor(x, 'min-max', ctx).versions]));
    expect(mm['packages/api:node']).toEqual(['22', '26']);
    expect(mm['services/py-poetry:python']).toEqual(['3.11', '3.15']);
    expect(mm['services/py-req:python']).toEqual(['3.12']);
  });

  it('treats the go directive as a minimum and a toolchain as a pin', () => {
    expect(versionsFor(project('go', '1.22.3', 'go'), 'supported', ctx).versions).toEqual(['1.25', '1.26']);
    expect(versionsFor(project('go', '1.26.1', 'toolchain'), 'supported', ctx).versions).toEqual(['1.26']);
  });

  it('is an error that says so when no supported line satisfies the range', () => {
    const yarn = projects.find((p) => p.dir === 'yarnapp')!; // pins 20.11.1, end of life 2026-04-30
    expect(() => versionsFor(yarn, 'supported', ctx)).toThrow(ConfigurationError);
    expect(() => versionsFor(yarn, 'supported', ctx)).toThrow(
      'yarnapp: nodejs in yarnapp/.tool-versions is "20.11.1", which no supported Node.js release line satisfies on 2026-11-22 (supported: 22, 24, 26).',
    );
    // the same pin was fine a year earlier
    expect(versionsFor(yarn, 'min-max', { ...ctx, today: '2025-11-22' }).versions).toEqual(['20']);
    expect(() => versionsFor(project('python', '<3.10'), 'min-max', ctx)).toThrow(/no supported Python release line/);
  });

  it('rejects a range it cannot read, naming the file', () => {
    expect(() => versionsFor(project('python', '>= three'), 'supported', ctx)).toThrow(FileFormatError);
    expect(() => versionsFor(project('node', 'lts/nosuchname'), 'file', ctx)).toThrow(
      /x\/f: "lts\/nosuchname" is not a Node.js version/,
    );
    expect(() => versionsFor(project('node', '>=abc'), 'supported', ctx)).toThrow(FileFormatError);
  });

  it('uses the supported lines, with a warning, when nothing is pinned', () => {
    const r = versionsFor(project('node'), 'file', ctx);
    expect(r.versions).toEqual(['26']);
    expect(r.warning).toMatch(/pins no version; using 26/);
    expect(versionsFor(project('python'), 'min-max', ctx).versions).toEqual(['3.11', '3.15']);
  });
});

describe('versions: explicit list', () => {
  it('parses policies and lists', () => {
    expect(parseVersionPolicy('')).toBe('file');
    expect(parseVersionPolicy('supported')).toBe('supported');
    expect(parseVersionPolicy('20, 22\n24')).toEqual({ list: ['20', '22', '24'] });
    expect(() => parseVersionPolicy('ruby:3.3')).toThrow(InputError);
    expect(parseVersionPolicy('node:lts/* node:22.x python:3.14-dev python:pypy3.10 go:stable 1.26rc1')).toEqual({
      list: ['node:lts/*', 'node:22.x', 'python:3.14-dev', 'python:pypy3.10', 'go:stable', '1.26rc1'],
    });
  });

  it('refuses what is not a version, naming the allowed forms', () => {
    for (const bad of ['banana', 'node:-1', '22, banana', 'python:lts/*', 'go:', '3..12']) {
      let err: unknown;
      try {
        parseVersionPolicy(bad);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).input).toBe('versions');
      expect((err as Error).message).toMatch(/expected file, min-max, supported, or a list of versions such as 22/);
      expect((err as Error).message).toMatch(/node:22, python:3\.12, go:1\.25/);
    }
    expect(() => parseVersionPolicy('node:-1')).toThrow(/"node:-1" is not a Node\.js version/);
    expect(() => parseVersionPolicy('banana', '--versions')).toThrow(/^Input '--versions'.*"banana" is not a version/);
  });

  it('refuses an unscoped alias that the project language does not have', () => {
    expect(versionsFor(project('node'), parseVersionPolicy('lts/*'), ctx).versions).toEqual(['lts/*']);
    expect(() => versionsFor(project('python'), parseVersionPolicy('lts/*'), ctx)).toThrow(
      /gives "lts\/\*" to x \(Python\), which is not a Python version/,
    );
  });

  it('applies language-scoped entries to that language only', () => {
    const policy = parseVersionPolicy('node:22 node:24 python:3.12 1.25');
    expect(versionsFor(project('node', '>=20'), policy, ctx).versions).toEqual(['22', '24']);
    expect(versionsFor(project('python'), policy, ctx).versions).toEqual(['3.12']);
    expect(versionsFor(project('go'), policy, ctx).versions).toEqual(['1.25']);
    expect(() => versionsFor(project('go'), parseVersionPolicy('node:22'), ctx)).toThrow(/has no entry for Go/);
  });
});
