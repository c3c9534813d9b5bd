// For scripts/build.mjs: bundles written ASCII-only start faster (V8 reads any other source as UTF-16).
import ts from 'typescript';

const OTHER = /[^\x00-\x7f\u2028\u2029]/u;

/**
 * `code` with every character outside ASCII written as a \u escape, which means the same in a
 * string, untagged template, regular expression, identifier or comment. A character already
 * escaped (`\–`) takes that backslash as the escape's own. U+2028 and U+2029 stay: in a comment
 * they end the line, which an escape would not. Inside the text of a tagged template
 * (String.raw`…`, any tag) an escape would change what the tag sees (`strings.raw`, and the
 * template object's identity if the text were rebuilt), so there it throws instead, naming
 * `file` and the line: no rewrite keeps that meaning.
 */
export function asciiOnly(code, file = '<code>') {
  if (!OTHER.test(code)) return code;
  assertNoTaggedText(code, file);
  return code.replace(/(\\*)([^\x00-\x7f\u2028\u2029])/gu, (_, slashes, ch) => {
    const units = ch.length === 2 ? [ch.charCodeAt(0), ch.charCodeAt(1)] : [ch.charCodeAt(0)];
    const esc = units.map((u) => `\\u${u.toString(16).padStart(4, '0')}`).join('');
    // An odd run of backslashes escapes the character: the last one becomes the escape's.
    return (slashes.length % 2 === 1 ? slashes.slice(1) : slashes) + esc;
  });
}

/** The literal parts of every tagged template of `code` (not its `${}` expressions, which escape safely). */
function taggedTexts(source) {
  const out = [];
  const stack = [source];
  while (stack.length) {
    const node = stack.pop();
    if (ts.isTaggedTemplateExpression(node)) {
      const t = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(t)) out.push(t);
      else out.push(t.head, ...t.templateSpans.map((s) => s.literal));
    }
    ts.forEachChild(node, (child) => void stack.push(child));
  }
  return out;
}

function assertNoTaggedText(code, file) {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  for (const part of taggedTexts(source)) {
    const start = part.getStart(source);
    const m = OTHER.exec(code.slice(start, part.end));
    if (!m) continue;
    const at = start + m.index;
    const { line, character } = source.getLineAndCharacterOfPosition(at);
    const lineText = code.slice(code.lastIndexOf('\n', at) + 1).split('\n')[0];
    const near = lineText.slice(Math.max(0, character - 40), character + 40);
    const cp = m[0].codePointAt(0).toString(16).toUpperCase().padStart(4, '0');
    throw new Error(
      `${file}:${line + 1}:${character + 1}: U+${cp} (${m[0]}) inside a tagged template (String.raw or another tag): ` +
        `written as a \\u escape it would change the raw text the tag reads, so this bundle cannot be made ASCII-only. ` +
        `Near: ${JSON.stringify(near)}. In the source, move the character into a substitution (\${'${m[0]}'}), ` +
        `or write the escape there yourself if the tag reads only the cooked text; in a dependency, pin a version without it.`,
    );
  }
}
