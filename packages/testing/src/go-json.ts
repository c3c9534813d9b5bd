/**
 * `go test -json` output (test2json events, one JSON object a line) turned into TestResults,
 * counted as gotestsum counts them: every test and every subtest is one test, and a parent whose
 * subtest failed has failed too. A package that failed with no failed test (a build failure
 * printed as `FAIL pkg [build failed]`, a failing TestMain, a panic outside tests) is one errored
 * result named after the package; gotestsum reports these as errors beside its test count.
 *
 * Tricky rule: streamed line by line with a bounded buffer per test's output; a test that started
 * and never ended (the binary panicked or timed out) is failed, with its output as the message.
 */
import { StringDecoder } from 'node:string_decoder';
import { FileFormatError } from '@quality/kit/errors';
import { framesOf, pickFrame } from './location.js';
import type { Outcome, TestResult } from './model.js';
import { goPackageDir, repoPath, type PathContext } from './paths.js';

interface Event {
  Action?: string;
  Package?: string;
  Test?: string;
  Elapsed?: number;
  Output?: string;
}

interface Running {
  pkg: string;
  test: string;
  output: string;
}

interface Pkg {
  failedTests: number;
  output: string;
  done: boolean;
}

/** Output kept per test (the first bytes: where the test failed is printed first). */
const MAX_OUTPUT = 16 * 1024;
const MAX_LINE = 16 * 1024 * 1024;
const UNFINISHED = 'the test did not finish (the test binary panicked, timed out or was killed)';
const BUILD_FAILED = /^FAIL\s+(\S+)\s+\[(build|setup) failed\]\s*$/;

export interface GoReadOptions extends PathContext {
  onResult(r: TestResult): void;
  onFileTime?(file: string, seconds: number): void;
}

export class GoTestJsonReader {
  private carry = '';
  private readonly decoder = new StringDecoder('utf8');
  private lineNo = 0;
  private readonly running = new Map<string, Running>();
  private readonly pkgs = new Map<string, Pkg>();

  constructor(
    readonly file: string,
    private readonly opts: GoReadOptions,
  ) {}

  write(chunk: Buffer | string): void {
    // A multi-byte character split between two chunks is decoded whole.
    const text = this.carry + (typeof chunk === 'string' ? chunk : this.decoder.write(chunk));
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl === -1) break;
      this.line(text.slice(start, nl));
      start = nl + 1;
    }
    this.carry = text.slice(start);
    if (this.carry.length > MAX_LINE) {
      throw new FileFormatError(
        this.file,
        this.lineNo + 1,
        'has a line longer than 16 MiB: not `go test -json` output.',
      );
    }
  }

  end(): void {
    this.carry += this.decoder.end();
    if (this.carry !== '') this.line(this.carry);
    this.carry = '';
    // Tests that never ended: the binary died under them.
    for (const r of this.running.values()) {
      const pkg = this.pkg(r.pkg);
      pkg.failedTests++;
      this.emit(
        r,
        'failed',
        0,
        r.output || 'the test did not finish (the test binary panicked, timed out or was killed)',
      );
    }
    this.running.clear();
    for (const [name, p] of this.pkgs) {
      if (p.done || p.failedTests > 0) continue;
      if (p.output !== '') this.packageError(name, p.output);
    }
  }

  private pkg(name: string): Pkg {
    let p = this.pkgs.get(name);
    if (!p) {
      p = { failedTests: 0, output: '', done: false };
      this.pkgs.set(name, p);
    }
    return p;
  }

  private line(raw: string): void {
    this.lineNo++;
    const line = raw.trim();
    if (line === '') return;
    if (!line.startsWith('{')) {
      // go test prints build failures as plain lines among the events.
      const m = BUILD_FAILED.exec(line);
      if (m) {
        const p = this.pkg(m[1]!);
        if (!p.done) p.output += `${line}\n`;
      }
      return;
    }
    let ev: Event;
    try {
      ev = JSON.parse(line) as Event;
    } catch {
      throw new FileFormatError(this.file, this.lineNo, 'is not a line of `go test -json` output.');
    }
    if (ev === null || typeof ev !== 'object' || typeof ev.Package !== 'string' || typeof ev.Action !== 'string')
      return;
    const pkgName = ev.Package;
    const pkg = this.pkg(pkgName);
    if (typeof ev.Test !== 'string') {
      if (ev.Action === 'output' && typeof ev.Output === 'string' && pkg.output.length < MAX_OUTPUT)
        pkg.output += ev.Output;
      if (ev.Action === 'pass' || ev.Action === 'skip') pkg.done = true;
      if (ev.Action === 'fail' || ev.Action === 'pass' || ev.Action === 'skip') {
        const dir = goPackageDir(pkgName, this.opts.goModule);
        const p = dir === undefined ? undefined : repoPath(dir, this.opts);
        if (p !== undefined && typeof ev.Elapsed === 'number' && ev.Elapsed >= 0) this.opts.onFileTime?.(p, ev.Elapsed);
      }
      if (ev.Action === 'fail') {
        // Tests still running when their package failed: the binary died under them.
        for (const [key, r] of this.running) {
          if (r.pkg !== pkgName) continue;
          this.running.delete(key);
          pkg.failedTests++;
          this.emit(r, 'failed', 0, r.output || UNFINISHED);
        }
        // Failed because a test failed: its tests say why. Otherwise the package itself is an error.
        pkg.done = pkg.failedTests > 0;
        if (!pkg.done) {
          this.packageError(pkgName, pkg.output);
          pkg.done = true;
        }
      }
      return;
    }
    const key = `${pkgName}\u0000${ev.Test}`;
    let r = this.running.get(key);
    if (ev.Action === 'run' || !r) {
      if (ev.Action === 'run' || ev.Action === 'output') {
        r = { pkg: pkgName, test: ev.Test, output: '' };
        this.running.set(key, r);
      }
    }
    if (!r) r = { pkg: pkgName, test: ev.Test, output: '' };
    if (ev.Action === 'output') {
      if (typeof ev.Output === 'string' && r.output.length < MAX_OUTPUT) r.output += ev.Output;
      return;
    }
    const outcome: Outcome | undefined =
      ev.Action === 'pass' ? 'passed' : ev.Action === 'fail' ? 'failed' : ev.Action === 'skip' ? 'skipped' : undefined;
    if (outcome === undefined) return;
    this.running.delete(key);
    if (outcome === 'failed') pkg.failedTests++;
    this.emit(r, outcome, typeof ev.Elapsed === 'number' && ev.Elapsed >= 0 ? ev.Elapsed : 0, r.output);
  }

  private emit(r: Running, outcome: Outcome, seconds: number, output: string): void {
    const res: TestResult = { producer: 'go', name: r.test, suite: r.pkg, seconds, outcome };
    if (outcome === 'failed' || outcome === 'skipped') {
      const details = output
        .split('\n')
        .filter((l) => !/^\s*(=== (RUN|PAUSE|CONT|NAME)|--- (FAIL|PASS|SKIP):)/.test(l))
        .join('\n')
        .trim();
      if (details !== '') res.details = details;
      else if (outcome === 'failed') res.message = 'a subtest failed';
    }
    if (outcome === 'failed') {
      const dir = goPackageDir(r.pkg, this.opts.goModule);
      const frame = pickFrame(framesOf(output));
      if (frame && dir !== undefined) {
        const p = repoPath(frame.file.includes('/') ? frame.file : `${dir}/${frame.file}`, this.opts);
        if (p !== undefined) res.location = { path: p, line: frame.line };
      }
    }
    this.opts.onResult(res);
  }

  private packageError(pkg: string, output: string): void {
    const res: TestResult = { producer: 'go', name: pkg, suite: pkg, seconds: 0, outcome: 'errored' };
    const text = output.trim();
    res.message = text === '' ? `package ${pkg} failed outside its tests` : text;
    this.opts.onResult(res);
  }
}
