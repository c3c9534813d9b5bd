import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const readme = readFileSync(fileURLToPath(new URL('../../../actions/matrix/README.md', import.meta.url)), 'utf8');
const blocks = [...readme.matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)].map((m) => m[1]!);

function dedent(text: string): string {
  const indent = Math.min(
    ...text
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => /^ */.exec(l)![0].length),
  );
  return text
    .split('\n')
    .map((l) => l.slice(indent))
    .join('\n');
}

/** Every `run:` script in a parsed YAML value, with where it is. */
function runScripts(v: unknown, where: string, out: [string, string][] = []): [string, string][] {
  if (Array.isArray(v)) v.forEach((x, i) => runScripts(x, `${where}[${i}]`, out));
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      if (k === 'run' && typeof x === 'string') out.push([`${where}.run`, x]);
      else runScripts(x, `${where}.${k}`, out);
    }
  }
  return out;
}

describe('actions/matrix/README.md examples', () => {
  it('has YAML examples, each of which parses', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    for (const b of blocks) expect(() => parse(dedent(b))).not.toThrow();
  });

  it('never puts ${{ }} inside run: (values go through env:)', () => {
    const scripts = blocks.flatMap((b, i) => runScripts(parse(dedent(b)), `block ${i + 1}`));
    expect(scripts.length).toBeGreaterThanOrEqual(5);
    expect(scripts.filter(([, s]) => s.includes('${{')).map(([w]) => w)).toEqual([]);
  });

  it('pins third-party actions by full commit SHA with a # vX comment', () => {
    const uses = blocks.flatMap((b) => [...b.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/gm)]);
    expect(uses.length).toBeGreaterThanOrEqual(5);
    const bad = uses
      .filter(([, ref]) => !ref!.startsWith('./') && !ref!.startsWith('OWNER/quality/'))
      .filter(([, ref, rest]) => !/@[0-9a-f]{40}$/.test(ref!) || !/^\s+# v\d+(\.\d+)*\s*$/.test(rest!))
      .map(([line]) => line.trim());
    expect(bad).toEqual([]);
  });
});
