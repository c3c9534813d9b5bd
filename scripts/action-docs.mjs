#!/usr/bin/env node
// Print (or, with --write, refresh in place) the inputs and outputs tables of an action's README
// from its action.yml. The README keeps them between <!-- inputs --> ... <!-- /inputs --> and
// <!-- outputs --> ... <!-- /outputs -->; tests/policy/readme.test.ts fails when they drift.
//   node scripts/action-docs.mjs actions/coverage-gate [--write]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export function tables(actionDir) {
  const meta = parse(readFileSync(join(actionDir, 'action.yml'), 'utf8'));
  const cell = (s) =>
    String(s ?? '')
      .replace(/\|/g, '\\|')
      .replace(/\n/g, ' ')
      .trim();
  // An input a config file may set has no `default:` (the runner would fill it in, hiding the
  // file's value): its description ends with "Default: `X`.", shown in the Default column.
  const inputs = Object.entries(meta.inputs ?? {}).map(([k, v]) => {
    const m = /^([\s\S]*?)\s*Default: `([^`]*)`\.$/.exec(String(v.description ?? ''));
    const description = m ? m[1] : v.description;
    const def = v.default ?? (m ? m[2] : undefined);
    return `| \`${k}\` | ${cell(description)} | ${def === undefined || def === '' ? '' : `\`${cell(def)}\``} |`;
  });
  const outputs = Object.entries(meta.outputs ?? {}).map(([k, v]) => `| \`${k}\` | ${cell(v.description)} |`);
  return {
    inputs: ['| Input | Description | Default |', '| --- | --- | --- |', ...inputs].join('\n'),
    outputs: ['| Output | Description |', '| --- | --- |', ...outputs].join('\n'),
  };
}

export function refresh(readme, t) {
  let out = readme;
  for (const k of ['inputs', 'outputs']) {
    const re = new RegExp(`(<!-- ${k} -->\\n)[\\s\\S]*?(\\n<!-- /${k} -->)`);
    if (!re.test(out)) throw new Error(`README has no <!-- ${k} --> ... <!-- /${k} --> block`);
    out = out.replace(re, (_, a, b) => `${a}${t[k]}${b}`);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  const t = tables(dir);
  if (process.argv.includes('--write')) {
    const file = join(dir, 'README.md');
    writeFileSync(file, refresh(readFileSync(file, 'utf8'), t));
  } else console.log(`${t.inputs}\n\n${t.outputs}`);
}
