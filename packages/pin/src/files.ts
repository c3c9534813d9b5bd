/**
 * The files pin and upgrade edit by default, and reading them so that writing back keeps
 * every byte: `.github/workflows/*.yml|yaml` and every `action.yml|yaml` under the root
 * (not following symbolic links, skipping `.git` and `node_modules`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FileFormatError } from '@quality/kit/errors';

const SKIP = new Set(['.git', 'node_modules']);
const MAX_BYTES = 4 * 1024 * 1024;

/** Workflow and action files under `root`, relative to it ('/'-separated), sorted. */
export function listActionFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    let entries;
    try {
      entries = readdirSync(join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory() && !SKIP.has(e.name)) walk(path);
      else if (e.isFile()) {
        if (/^action\.ya?ml$/.test(e.name) || (rel === '.github/workflows' && /\.ya?ml$/.test(e.name))) out.push(path);
      }
    }
  };
  walk('');
  return out.sort();
}

/** A file's text; refused when it is not valid UTF-8 (it could not be written back unchanged) or huge. */
export function readText(path: string, shown: string): string {
  let buf: Buffer;
  try {
    if (statSync(path).size > MAX_BYTES) {
      throw new FileFormatError(shown, undefined, `is larger than ${MAX_BYTES} bytes: not a workflow or action file.`);
    }
    buf = readFileSync(path);
  } catch (e) {
    if (e instanceof FileFormatError) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw new FileFormatError(
      shown,
      undefined,
      `cannot be read (${code}).`,
      'Name an existing workflow or action file.',
    );
  }
  const text = buf.toString('utf8');
  if (!Buffer.from(text, 'utf8').equals(buf)) throw new FileFormatError(shown, undefined, 'is not valid UTF-8.');
  return text;
}
