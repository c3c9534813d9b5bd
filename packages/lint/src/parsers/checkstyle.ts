/**
 * Checkstyle XML (`<checkstyle><file name><error line column severity message source/>`),
 * streamed with kit's XML tokenizer: eslint's old formatter, golangci-lint, ktlint, phpcs, and
 * Checkstyle itself write it. Tricky rule: `ignore` severity is left out, `info` is a notice.
 */
import { FileFormatError } from '@quality/kit/errors';
import { tokenize } from '@quality/kit/xml';
import { repoPath } from '../paths.js';
import { finding, type Finding, type PathContext } from './common.js';

const SEVERITY: Record<string, Finding['severity'] | null> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
  ignore: null,
};

export async function parseCheckstyle(
  chunks: AsyncIterable<Buffer>,
  file: string,
  ctx: PathContext,
  tool = 'checkstyle',
): Promise<Finding[]> {
  const out: Finding[] = [];
  let current: string | undefined;
  let sawRoot = false;
  await tokenize(chunks, file, (tok) => ({
    open(name, attrs, selfClosing) {
      const depth = tok.path.length + (selfClosing ? 1 : 0);
      if (depth === 1) {
        if (name !== 'checkstyle') tok.fail(`the root element is <${name}>, not <checkstyle>`);
        sawRoot = true;
        return;
      }
      if (name === 'file' && depth === 2) {
        const n = attrs.get('name');
        if (n === undefined) return tok.fail('a <file> element has no name attribute');
        current = repoPath(n, ctx);
      } else if (name === 'error' && current !== undefined) {
        const sev = (attrs.get('severity') ?? 'error').toLowerCase();
        const severity = Object.hasOwn(SEVERITY, sev) ? SEVERITY[sev] : 'error';
        if (severity === null) return;
        const num = (k: string) => {
          const v = attrs.num(k);
          return v !== undefined && Number.isSafeInteger(v) && v >= 1 ? v : undefined;
        };
        const source = attrs.get('source');
        out.push(
          finding({
            tool,
            rule: source ?? 'checkstyle',
            severity: severity ?? 'error',
            path: current,
            line: num('line'),
            column: num('column'),
            message: attrs.get('message') ?? '',
          }),
        );
      }
    },
    close(name) {
      if (name === 'file') current = undefined;
    },
  }));
  if (!sawRoot) throw new FileFormatError(file, undefined, 'no <checkstyle> element', 'is it a checkstyle XML report?');
  return out;
}
