/** kit's process runner: argument arrays (no shell), exit codes, timeouts, the output cap, a missing program. */
import { describe, expect, it } from '@jest/globals';
import { displayCommand, runProcess } from '@quality/kit/process';

const node = process.execPath;

describe('runProcess', () => {
  it('runs an argument array without a shell: metacharacters are plain arguments', async () => {
    const r = await runProcess({
      argv: [node, '-e', 'console.log(JSON.stringify(process.argv.slice(1)))', '$(id)', 'a;b', '*'],
      cwd: process.cwd(),
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout.toString())).toEqual(['$(id)', 'a;b', '*']);
    expect(r.truncated).toBe(false);
  });
  it('exit code, stderr, env on top of the inherited one, stdin', async () => {
    const r = await runProcess({
      argv: [
        node,
        '-e',
        'process.stdin.pipe(process.stdout); process.stderr.write(process.env.QX); process.stdin.on("end", () => process.exit(3))',
      ],
      cwd: process.cwd(),
      env: { QX: 'set' },
      input: 'hello',
    });
    expect([r.code, r.stdout.toString(), r.stderr.toString()]).toEqual([3, 'hello', 'set']);
  });
  it('stops a program that runs too long', async () => {
    const r = await runProcess({
      argv: [node, '-e', 'setTimeout(() => {}, 60000)'],
      cwd: process.cwd(),
      timeoutMs: 200,
    });
    expect(r.timedOut).toBe(true);
    expect(r.code).toBeNull();
    expect(r.signal).toBe('SIGTERM');
  });
  it('keeps only the first maxOutputBytes and says so', async () => {
    const r = await runProcess({
      argv: [node, '-e', 'process.stdout.write("x".repeat(100000))'],
      cwd: process.cwd(),
      maxOutputBytes: 1000,
    });
    expect(r.stdout.length).toBe(1000);
    expect(r.truncated).toBe(true);
  });
  it('a program that does not exist resolves with the spawn error (never rejects)', async () => {
    const r = await runProcess({ argv: ['quality-no-such-program'], cwd: process.cwd() });
    expect(r.code).toBeNull();
    expect(r.spawnError?.code).toBe('ENOENT');
    expect((await runProcess({ argv: [], cwd: process.cwd() })).spawnError?.code).toBe('ENOENT');
  });
});

describe('displayCommand', () => {
  it('quotes what a shell would read differently', () => {
    expect(displayCommand(['prettier', '--write', 'src/a b.js', "it's", 'ok.js'])).toBe(
      "prettier --write 'src/a b.js' 'it'\\''s' ok.js",
    );
  });
});
