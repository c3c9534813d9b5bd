/**
 * Format detection from content (the first few KB, see `sniff`), never from the file name:
 * `coverage.xml` is Cobertura from coverage.py and Clover from PHPUnit, `lcov.info` is
 * sometimes JSON, and CI artifacts get renamed.
 */
import { FileFormatError } from '@quality/kit/errors';
import type { Format } from './model/index.js';

/** Skip the XML declaration, comments, processing instructions and DOCTYPE; return the root element's start tag and what follows. */
function xmlRoot(head: string): { doctype: string; root: string; rest: string } | null {
  let i = 0;
  let doctype = '';
  for (;;) {
    while (i < head.length && /\s/.test(head[i]!)) i++;
    if (head[i] !== '<') return null;
    if (head.startsWith('<?', i)) {
      const e = head.indexOf('?>', i);
      if (e < 0) return null;
      i = e + 2;
    } else if (head.startsWith('<!--', i)) {
      const e = head.indexOf('-->', i);
      if (e < 0) return null;
      i = e + 3;
    } else if (head.startsWith('<!', i)) {
      const e = head.indexOf('>', i);
      if (e < 0) return null;
      doctype = head.slice(i, e + 1);
      i = e + 1;
    } else {
      const e = head.indexOf('>', i);
      const root = e < 0 ? head.slice(i) : head.slice(i, e + 1);
      return { doctype, root, rest: e < 0 ? '' : head.slice(e + 1) };
    }
  }
}

function firstMeaningfulLine(head: string): string {
  // Line by line without splitting the whole head: the first line is usually the one.
  for (let start = 0; start < head.length;) {
    const nl = head.indexOf('\n', start);
    const end = nl < 0 ? head.length : nl;
    const line = head.slice(start, end).replace(/\r$/, '').trim();
    if (line !== '' && !line.startsWith('#')) return line;
    start = end + 1;
  }
  return '';
}

/** Detect the format of a report from its first bytes (decoded text, BOM removed). */
export function detectFormat(head: string): Format | null {
  const text = head.replace(/^\uFEFF/, '');
  const trimmed = text.trimStart();
  if (trimmed === '') return null;

  if (trimmed.startsWith('<')) {
    const x = xmlRoot(trimmed);
    if (!x) return null;
    if (/JACOCO/i.test(x.doctype)) return 'jacoco';
    const name = /^<\s*([A-Za-z_][\w:.-]*)/.exec(x.root)?.[1];
    if (name === 'report') return 'jacoco';
    if (name === 'coverage') {
      if (/\sclover\s*=/.test(x.root)) return 'clover';
      if (/\s(line-rate|lines-valid|branch-rate|lines-covered)\s*=/.test(x.root)) return 'cobertura';
      const next = /<\s*([A-Za-z_][\w:.-]*)/.exec(x.rest)?.[1];
      if (next === 'project') return 'clover';
      if (next === 'sources' || next === 'packages' || next === 'source') return 'cobertura';
    }
    return null;
  }

  if (trimmed.startsWith('{')) {
    // json-summary: {"total": {"lines": {...}, "statements": {...}, ...}, "<file>": {...}}
    if (/"total"\s*:\s*\{\s*"(lines|statements|functions|branches|branchesTrue)"\s*:\s*\{/.test(trimmed))
      return 'istanbul-summary';
    // coverage-final: {"<file>": {"path": ..., "statementMap": {...}, "fnMap": ..., "s": ...}}
    if (/"(statementMap|fnMap|branchMap)"\s*:\s*\{/.test(trimmed)) return 'istanbul';
    if (/^\{\s*\}\s*$/.test(trimmed)) return 'istanbul'; // an empty coverage map
    return null;
  }

  const first = firstMeaningfulLine(text);
  if (/^mode:\s*(set|count|atomic)\s*$/.test(first)) return 'go';
  if (/^(TN|SF|VER):/.test(first)) return 'lcov';
  return null;
}

/** The error for a report whose format we could not recognise: what we tried, what we saw. */
export function unknownFormatError(name: string, head: string): FileFormatError {
  const text = head.replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    return new FileFormatError(
      name,
      undefined,
      'is empty.',
      'The test run probably did not write coverage: check that coverage is enabled and the report path is right.',
    );
  }
  const first = firstMeaningfulLine(text);
  const shown = first.length > 80 ? `${first.slice(0, 80)}…` : first;
  let hint = '';
  if (/"meta"\s*:\s*\{[^}]*"format"/.test(text) || /"files"\s*:\s*\{[^}]*"executed_lines"/.test(text)) {
    hint =
      ' This looks like coverage.py JSON, which is not supported: run `coverage xml` (Cobertura) or `coverage lcov` instead.';
  } else if (/^\s*<\?xml|^\s*</.test(text)) {
    hint = ' It is XML, but its root element is not one of <coverage> (Cobertura, Clover) or <report> (JaCoCo).';
  }
  return new FileFormatError(
    name,
    undefined,
    `is not a coverage report we recognise (it starts with ${JSON.stringify(shown)}).` +
      ' Tried: lcov (a TN:, SF: or VER: line), Go coverprofile (first line "mode: set|count|atomic"),' +
      ' istanbul coverage-final.json (statementMap/fnMap/branchMap) and coverage-summary.json ("total": {"lines": ...}),' +
      ' Cobertura XML (<coverage line-rate=...> or <coverage><packages>), Clover XML (<coverage><project>),' +
      ' JaCoCo XML (<report>, JACOCO DOCTYPE).' +
      hint,
    'Check that the path points at the coverage report and not at another artifact, or set the format explicitly.',
  );
}
