/** The README's table of config keys, written from the schema (tests keep the README equal to it). */
import { schema, SECTIONS, type JsonSchema } from './schema.js';
import { expected } from './validate.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function configTable(): string {
  const rows = ['| Key | Value | Default | Description |', '| --- | --- | --- | --- |'];
  for (const section of SECTIONS) {
    const props = (schema.properties![section] as JsonSchema).properties ?? {};
    for (const [key, s] of Object.entries(props)) {
      const def =
        s.default === undefined
          ? ''
          : `\`${cell(Array.isArray(s.default) ? s.default.join(', ') : String(s.default))}\``;
      const note = s['x-trusted-only'] ? ' Ignored on untrusted events (pull_request_target, workflow_run).' : '';
      rows.push(`| \`${section}.${key}\` | ${cell(expected(s))} | ${def} | ${cell(s.description ?? '')}${note} |`);
    }
  }
  return rows.join('\n');
}
