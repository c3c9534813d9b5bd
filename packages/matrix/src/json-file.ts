import { FileFormatError } from '@quality/kit/errors';

/** JSON.parse with the line of the error, as a FileFormatError naming the file. */
export function parseJsonFile(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : undefined;
    throw new FileFormatError(
      file,
      line,
      `is not valid JSON (${msg}).`,
      'Fix the syntax, or add the directory to ignore.',
    );
  }
}
