/**
 * A pytest file whose test_flaky fails the first time it runs and passes after (a marker file
 * beside it, `ran-once`, remembers), and test_ok that always passes; `extra` adds tests.
 */
export function flakyPytest(extra: string[] = []): string {
  return [
    'import os',
    'MARK = os.path.join(os.path.dirname(__file__), "ran-once")',
    '',
    'def test_flaky():',
    '    first = not os.path.exists(MARK)',
    '    open(MARK, "w").close()',
    '    assert not first, "fails the first time"',
    '',
    ...extra,
    'def test_ok():',
    '    assert True',
    '',
  ].join('\n');
}
