// For scripts/build.mjs: bundles written ASCII-only start faster (V8 reads any other source as UTF-16).
/**
 * `code` with every character outside ASCII written as a \u escape, which means the same in a
 * string, template, regular expression, identifier or comment. A character already escaped
 * (`\–`) takes that backslash as the escape's own. U+2028 and U+2029 stay: in a comment they end
 * the line, which an escape would not.
 */
export function asciiOnly(code) {
  return code.replace(/(\\*)([^\x00-\x7f\u2028\u2029])/gu, (_, slashes, ch) => {
    const units = ch.length === 2 ? [ch.charCodeAt(0), ch.charCodeAt(1)] : [ch.charCodeAt(0)];
    const esc = units.map((u) => `\\u${u.toString(16).padStart(4, '0')}`).join('');
    // An odd run of backslashes escapes the character: the last one becomes the escape's.
    return (slashes.length % 2 === 1 ? slashes.slice(1) : slashes) + esc;
  });
}
