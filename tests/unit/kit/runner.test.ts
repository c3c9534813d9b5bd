/**
 * kit's runner writes what `@actions/core` writes: each case runs core and kit on the same
 * values, with the same runner files, and compares stdout and the files (delimiters aside).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import * as core from '@actions/core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ActionsStateProvider,
  annotate,
  fail,
  log,
  mask,
  phaseTimer,
  readContext,
  run,
  stdoutFd,
  setOutput,
  writeSummary,
  type Annotation,
} from '@quality/kit';
import { formatCommand, formatKeyValue, randomUuid } from '@quality/kit/workflow-commands';

const VARS = ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY', 'RUNNER_DEBUG'] as const;
let dir: string;
let saved: Record<string, string | undefined>;
let savedExitCode: typeof process.exitCode;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'quality-runner-'));
  saved = Object.fromEntries(VARS.map((v) => [v, process.env[v]]));
  savedExitCode = process.exitCode;
});

afterEach(() => {
  for (const v of VARS) {
    if (saved[v] === undefined) delete process.env[v];
    else process.env[v] = saved[v];
  }
  process.exitCode = savedExitCode;
  rmSync(dir, { recursive: true, force: true });
});

/** Fresh runner files for one side of a comparison. */
function runnerFiles(side: string): Record<'output' | 'state' | 'summary', string> {
  const files = {
    output: join(dir, `${side}-output`),
    state: join(dir, `${side}-state`),
    summary: join(dir, `${side}-summary`),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  process.env.GITHUB_OUTPUT = files.output;
  process.env.GITHUB_STATE = files.state;
  process.env.GITHUB_STEP_SUMMARY = files.summary;
  return files;
}

/** Run fn with stdout captured (and not printed). */
async function captured(fn: () => unknown): Promise<string> {
  const original = process.stdout.write;
  let out = '';
  process.stdout.write = ((c: string | Uint8Array) => {
    out += typeof c === 'string' ? c : Buffer.from(c).toString('utf8');
    return true;
  }) as typeof process.stdout.write;
  try {
    await fn();
  } finally {
    process.stdout.write = original;
  }
  return out;
}

/** What both sides wrote: stdout and the three files, random delimiters made equal. */
async function written(side: string, fn: () => unknown) {
  const files = runnerFiles(side);
  const stdout = await captured(fn);
  const read = (f: string) => readFileSync(f, 'utf8').replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIM');
  return { stdout, output: read(files.output), state: read(files.state), summary: read(files.summary) };
}

async function expectSame(ours: () => unknown, theirs: () => unknown) {
  const mine = await written('kit', ours);
  const core_ = await written('core', theirs);
  expect(mine).toEqual(core_);
  return mine;
}

const NASTY = 'line 1\nline 2\r\n100% done: a,b::c';

describe('kit writes the runner formats as @actions/core does', () => {
  it('step outputs: one delimited block each, the value verbatim', async () => {
    const w = await expectSame(
      () => {
        setOutput('plain', 'x');
        setOutput('multi', NASTY);
        setOutput('flag', true);
        setOutput('count', 3);
      },
      () => {
        core.setOutput('plain', 'x');
        core.setOutput('multi', NASTY);
        core.setOutput('flag', true);
        core.setOutput('count', 3);
      },
    );
    expect(w.output).toContain(`multi<<DELIM\n${NASTY}\nDELIM\n`);
  });

  it('each block gets its own random delimiter, so a value cannot end it', async () => {
    const files = runnerFiles('kit');
    setOutput('a', 'ghadelimiter_x\nforged=1');
    setOutput('b', 'y');
    const delims = [...readFileSync(files.output, 'utf8').matchAll(/<<(ghadelimiter_[0-9a-f-]{36})\n/g)].map(
      (m) => m[1],
    );
    expect(delims).toHaveLength(2);
    expect(new Set(delims).size).toBe(2);
    expect(() => formatKeyValue('k', 'a DELIM b', 'DELIM')).toThrow(/this is a bug/);
  });

  it('without GITHUB_OUTPUT (a local run), the set-output command', async () => {
    const ours = await captured(() => {
      delete process.env.GITHUB_OUTPUT;
      setOutput('multi', NASTY);
    });
    const theirs = await captured(() => {
      delete process.env.GITHUB_OUTPUT;
      core.setOutput('multi', NASTY);
    });
    expect(ours).toBe(theirs);
    expect(ours).toContain('::set-output name=multi::line 1%0Aline 2%0D%0A100%25 done: a,b::c');
  });

  it('refuses to create a missing GITHUB_OUTPUT file', async () => {
    process.env.GITHUB_OUTPUT = join(dir, 'not-there');
    expect(() => setOutput('a', 'b')).toThrow(/Missing file at path/);
  });

  it('state for the post step, and reading it back', async () => {
    await expectSame(
      () => new ActionsStateProvider().set('entries', NASTY),
      () => core.saveState('entries', NASTY),
    );
    process.env.STATE_entries = 'back';
    try {
      expect(new ActionsStateProvider().get('entries')).toBe(core.getState('entries'));
      expect(new ActionsStateProvider().get('none-such')).toBe('');
    } finally {
      delete process.env.STATE_entries;
    }
  });

  it('log lines, debug, notices, warnings, errors, masks and groups', async () => {
    const w = await expectSame(
      async () => {
        log.info('plain info');
        log.debug(NASTY);
        log.notice(NASTY);
        log.warning(NASTY);
        log.error(NASTY);
        mask('s3cr%t\nx');
        log.mask('other');
        expect(await log.group('a group: 1,2', () => Promise.resolve(7))).toBe(7);
      },
      async () => {
        core.info('plain info');
        core.debug(NASTY);
        core.notice(NASTY);
        core.warning(NASTY);
        core.error(NASTY);
        core.setSecret('s3cr%t\nx');
        core.setSecret('other');
        await core.group('a group: 1,2', () => Promise.resolve(7));
      },
    );
    expect(w.stdout).toContain('::add-mask::s3cr%25t%0Ax\n');
  });

  it('a group ends when its work throws', async () => {
    const out = await captured(() => log.group('g', () => Promise.reject(new Error('boom'))).catch(() => undefined));
    expect(out).toBe('::group::g\n::endgroup::\n');
  });

  it('log.info defuses a line that would be a command; core would not', async () => {
    const out = await captured(() => log.info('ok\n::error::forged'));
    expect(out).toBe('ok\n\\::error::forged\n');
  });

  it('annotations with file, line and column properties, escaped', async () => {
    const all: Annotation[] = [
      { level: 'error', message: NASTY, file: 'src/a,b:c.ts', startLine: 3, endLine: 5, title: 'T: 1,2' },
      { level: 'warning', message: 'w', file: 'src/x.ts', startLine: 7, startColumn: 2, endColumn: 9 },
      { level: 'notice', message: 'n', file: 'src/y.ts', startLine: 1 },
    ];
    const w = await expectSame(
      () => annotate(all),
      () => {
        core.error(NASTY, { file: 'src/a,b:c.ts', startLine: 3, endLine: 5, title: 'T: 1,2' });
        core.warning('w', { file: 'src/x.ts', startLine: 7, startColumn: 2, endColumn: 9 });
        core.notice('n', { file: 'src/y.ts', startLine: 1 });
      },
    );
    expect(w.stdout.split('\n')[0]).toBe(
      '::error title=T%3A 1%2C2,file=src/a%2Cb%3Ac.ts,line=3,endLine=5::line 1%0Aline 2%0D%0A100%25 done: a,b::c',
    );
  });

  it('fail: an error and exit code 1', async () => {
    process.exitCode = 0;
    const ours = await captured(() => fail(NASTY));
    expect(process.exitCode).toBe(1);
    process.exitCode = 0;
    const theirs = await captured(() => core.setFailed(NASTY));
    expect(process.exitCode).toBe(1);
    expect(ours).toBe(theirs);
  });

  it('the job summary: appended, with a line break after it', async () => {
    const w = await expectSame(
      async () => {
        await writeSummary('## one');
        await writeSummary('two');
      },
      async () => {
        await core.summary.addRaw('## one', true).write();
        await core.summary.addRaw('two', true).write();
      },
    );
    expect(w.summary).toBe('## one\ntwo\n');
  });

  it('without GITHUB_STEP_SUMMARY the summary goes to the log, defused', async () => {
    delete process.env.GITHUB_STEP_SUMMARY;
    let r: Awaited<ReturnType<typeof writeSummary>> | undefined;
    const out = await captured(async () => (r = await writeSummary('## s\n::warning::x')));
    expect(r).toEqual({ written: false, truncated: false });
    expect(out).toBe('## s\n\\::warning::x\n');
  });

  it('a summary file that cannot be written is a warning, not a failure', async () => {
    process.env.GITHUB_STEP_SUMMARY = dir; // a folder
    let r: Awaited<ReturnType<typeof writeSummary>> | undefined;
    const out = await captured(async () => (r = await writeSummary('s')));
    expect(r?.written).toBe(false);
    expect(out).toMatch(/^::warning::Could not write the job summary to .*quality-runner-/);
  });

  it('an unreadable event payload is a warning', async () => {
    const out = await captured(() =>
      readContext({ GITHUB_EVENT_PATH: join(dir, 'missing.json'), GITHUB_REPOSITORY: 'o/r' }),
    );
    expect(out).toMatch(/^::warning::Could not read the event payload at /);
  });
});

describe('formatCommand', () => {
  it('leaves out empty properties and escapes the rest', () => {
    expect(formatCommand('warning', { title: undefined, file: '', line: 0 }, 'm')).toBe('::warning::m');
    expect(formatCommand('error', { file: 'a:b', line: 2 }, '50%')).toBe('::error file=a%3Ab,line=2::50%25');
  });
});

describe('randomUuid: the delimiter suffix, without loading node:crypto', () => {
  const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('is a version 4 UUID, a new one at every call', () => {
    const ids = Array.from({ length: 200 }, () => randomUuid());
    for (const id of ids) expect(id).toMatch(V4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses Web Crypto where there is no random device (Windows), still random', () => {
    const a = randomUuid(join(dir, 'no-such-device'));
    const b = randomUuid(join(dir, 'no-such-device'));
    expect(a).toMatch(V4);
    expect(b).toMatch(V4);
    expect(a).not.toBe(b);
  });

  it('reads the device it is given: a source of zeros gives the zero UUID with the version bits', () => {
    // /dev/zero stands in for the device: proves the bytes come from it, not from Math.random.
    expect(randomUuid('/dev/zero')).toBe('00000000-0000-4000-8000-000000000000');
  });
});

describe('phaseTimer', () => {
  it('logs the start-up since the process started, then the time of each phase', async () => {
    const before = process.uptime() * 1000;
    let lap: ReturnType<typeof phaseTimer> | undefined;
    const first = await captured(() => (lap = phaseTimer('t')));
    const after = process.uptime() * 1000;
    const startup = Number(
      /^::debug::t timing: start-up \(process start to the first phase\) (\d+) ms\n$/.exec(first)?.[1],
    );
    expect(startup).toBeGreaterThanOrEqual(Math.floor(before));
    expect(startup).toBeLessThanOrEqual(Math.ceil(after));
    const t = Date.now();
    while (Date.now() - t < 30);
    const next = await captured(() => lap!('busy'));
    const ms = Number(/^::debug::t timing: busy (\d+) ms\n$/.exec(next)?.[1]);
    expect(ms).toBeGreaterThanOrEqual(29);
    expect(ms).toBeLessThan(5000);
  });
});

describe('run: stdout of an action entry', () => {
  it('goes straight to fd 1 through a pipe, whole and in order with writes through process.stdout', async () => {
    const { buildSync } = await import('esbuild');
    const { spawnSync } = await import('node:child_process');
    const runner = join(process.cwd(), 'packages/kit/src/runner.ts');
    /** An entry bundled as the build does: run() around `body`; stderr says whether net was loaded. */
    const entry = (name: string, body: string[]) => {
      const src = join(dir, `${name}.mjs`);
      writeFileSync(
        src,
        [
          `import { run, log } from ${JSON.stringify(runner)};`,
          "import { writeSync } from 'node:fs';",
          'void run(async () => {',
          ...body,
          '});',
          // process.stdout on a pipe loads net: was it built?
          "process.on('exit', () => writeSync(2, String(process.moduleLoadList.includes('NativeModule net'))));",
        ].join('\n'),
      );
      const out = join(dir, `${name}.bundle.mjs`);
      buildSync({
        entryPoints: [src],
        bundle: true,
        platform: 'node',
        format: 'esm',
        outfile: out,
        logLevel: 'silent',
      });
      return spawnSync(process.execPath, [out], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    };
    const lines = Array.from({ length: 3000 }, (_, i) => `line ${i} ${'x'.repeat(100)}`);
    // More than a pipe holds (64 KiB): the writes wait for the reader, nothing is lost.
    const many = [
      "  log.info('one');",
      "  log.warning('two');",
      "  for (let i = 0; i < 3000; i++) log.info(`line ${i} ${'x'.repeat(100)}`);",
    ];
    const direct = entry('direct', [...many, "  log.info('end');"]);
    expect(direct.stdout.split('\n')).toEqual(['one', '::warning::two', ...lines, 'end', '']);
    if (process.platform !== 'win32') expect(direct.stderr).toBe('false');
    // A library writing through process.stdout in between: still whole and in order.
    const mixed = entry('mixed', [...many, "  process.stdout.write('library\\n');", "  log.info('end');"]);
    expect(mixed.stdout.split('\n')).toEqual(['one', '::warning::two', ...lines, 'library', 'end', '']);
    expect(mixed.stderr).toBe('true');
  });
});

describe('run: a direct write that fails', () => {
  it('hands the rest of that line and every later line to process.stdout, in order', async () => {
    const seen: string[] = [];
    const originalWrite = process.stdout.write;
    const originalFd = stdoutFd.write;
    let calls = 0;
    stdoutFd.write = (b, at) => {
      calls++;
      if (calls === 1) {
        seen.push(`fd:${b.subarray(at, at + 3).toString()}`);
        return 3; // a partial write
      }
      throw Object.assign(new Error('write EAGAIN'), { code: 'EAGAIN' });
    };
    process.stdout.write = ((chunk: string | Uint8Array) => {
      seen.push(`stream:${Buffer.from(chunk).toString()}`);
      return true;
    }) as typeof process.stdout.write;
    try {
      await run(
        async () => {
          log.info('hello');
          log.info('after');
        },
        { exit: false },
      );
    } finally {
      process.stdout.write = originalWrite;
      stdoutFd.write = originalFd;
    }
    expect(seen).toEqual(['fd:hel', 'stream:lo\n', 'stream:after\n']);
    expect(calls).toBe(2);
  });
});
