import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { configTable, schema, SECTIONS, sectionKeys, type JsonSchema } from '@quality/config';
import { repoRoot } from '../../e2e/harness/index.js';

const committed = join(repoRoot, 'schema/quality.schema.json');
const text = `${JSON.stringify(schema, null, 2)}\n`;
const readmeFile = join(repoRoot, 'README.md');
const TABLE = /(<!-- config-keys -->\n)[\s\S]*?(\n?<!-- \/config-keys -->)/;
// QUALITY_WRITE_SCHEMA=1 npm test -- tests/unit/config/schema.test.ts rewrites the committed
// schema file and the README's table of keys from packages/config/src/schema.ts.
if (process.env.QUALITY_WRITE_SCHEMA === '1') {
  writeFileSync(committed, text);
  const readme = readFileSync(readmeFile, 'utf8');
  writeFileSync(
    readmeFile,
    readme.replace(TABLE, (_, a: string) => `${a}\n${configTable()}\n\n<!-- /config-keys -->`),
  );
}

/** A markdown table without Prettier's column padding. */
const normalize = (table: string) =>
  table
    .split('\n')
    .map((l) =>
      l
        .split(/(?<!\\)\|/)
        .map((c) => c.trim().replace(/^-{3,}$/, '---'))
        .join('|'),
    )
    .join('\n');

/** Every `section.key` the schema knows. */
const schemaKeys = SECTIONS.flatMap((s) => sectionKeys(s).map((k) => `${s}.${k}`)).sort();

/** The `section.key` rows of the README's configuration table (between its markers). */
function readmeKeys(): string[] {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const m = /<!-- config-keys -->\n+([\s\S]*?)\n+<!-- \/config-keys -->/.exec(readme);
  if (!m) throw new Error('README.md has no <!-- config-keys --> table');
  return [...m[1]!.matchAll(/^\| `([a-z]+\.[a-z-]+)` +\|/gm)].map((x) => x[1]!).sort();
}

describe('the config schema', () => {
  it('is committed as schema/quality.schema.json, equal to the one the validator uses', () => {
    expect(JSON.parse(readFileSync(committed, 'utf8'))).toEqual(JSON.parse(text));
  });

  it('is draft 2020-12 with a description on every section and key (editors complete from them)', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    for (const s of SECTIONS) {
      const sec = schema.properties![s] as JsonSchema;
      expect(sec.description).toBeTruthy();
      expect(sec.additionalProperties).toBe(false);
      for (const k of sectionKeys(s))
        expect([s, k, sec.properties![k]!.description]).toEqual([s, k, expect.any(String)]);
    }
  });

  it('documents in the README every key it has, and has every key the README documents', () => {
    expect(readmeKeys()).toEqual(schemaKeys);
  });

  it("the README's table is the one written from the schema", () => {
    const m = /<!-- config-keys -->\n+([\s\S]*?)\n+<!-- \/config-keys -->/.exec(readFileSync(readmeFile, 'utf8'));
    expect(normalize(m?.[1] ?? '')).toBe(normalize(configTable()));
  });

  it.each([
    ['coverage', 'coverage-gate'],
    ['matrix', 'matrix'],
    ['cache', 'cache-deps'],
    ['lint', 'lint'],
    ['format', 'format'],
    ['test', 'test'],
  ] as const)(
    'every %s key is an input of actions/%s, without a default there (the runner would hide the file)',
    (section, action) => {
      const meta = parse(readFileSync(join(repoRoot, 'actions', action, 'action.yml'), 'utf8')) as {
        inputs: Record<string, { default?: string; description: string }>;
      };
      for (const key of sectionKeys(section)) {
        expect([key, Object.hasOwn(meta.inputs, key)]).toEqual([key, true]);
        expect([key, meta.inputs[key]!.default ?? '']).toEqual([key, '']);
        const def = (schema.properties![section] as JsonSchema).properties![key]!.default;
        // The built-in default the schema states is the one the action's description states.
        if (def !== undefined) expect(meta.inputs[key]!.description).toContain(`Default: \`${String(def)}\`.`);
      }
    },
  );

  it('every guard key an input of actions/guard also has is without a default there; the others are config-only', () => {
    const meta = parse(readFileSync(join(repoRoot, 'actions/guard/action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string; description: string }>;
    };
    const inputs = sectionKeys('guard').filter((k) => Object.hasOwn(meta.inputs, k));
    expect(inputs).toEqual(['max-file-size-kb', 'fail-level', 'baseline', 'commit-convention']);
    for (const key of inputs) {
      expect([key, meta.inputs[key]!.default ?? '']).toEqual([key, '']);
      const def = (schema.properties!['guard'] as JsonSchema).properties![key]!.default;
      if (def !== undefined) expect(meta.inputs[key]!.description).toContain(`Default: \`${String(def)}\`.`);
    }
  });

  it('marks the keys that choose what code runs as trusted-only (dropped on pull_request_target)', () => {
    const trusted = SECTIONS.flatMap((s) =>
      sectionKeys(s)
        .filter((k) => (schema.properties![s] as JsonSchema).properties![k]!['x-trusted-only'])
        .map((k) => `${s}.${k}`),
    );
    expect(trusted).toEqual(expect.arrayContaining(['lint.tools', 'format.tools', 'format.fix', 'test.command']));
  });

  it('the README example carries the yaml-language-server schema hint', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    expect(readme).toContain('# yaml-language-server: $schema=');
  });
});
