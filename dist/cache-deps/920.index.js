export const id = 920;
export const ids = [920];
export const modules = {

/***/ 9920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadConfig: () => (/* binding */ loadConfig),
  loadConfigFile: () => (/* binding */ loadConfigFile),
  sectionValues: () => (/* binding */ sectionValues)
});

// UNUSED EXPORTS: CONFIG_FILES, ConfigFileError, SECTIONS, UNTRUSTED_EVENTS, parseConfig, sectionKeys

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/kit/src/files.ts
/**
 * Files of the checkout (config, go.mod, coverage reports): untrusted, so opened non-blocking and
 * judged on the open file (fstat). The one rule: a FIFO, or a link to one, is refused at once
 * instead of waiting for a writer, and a link swapped between a check and the open cannot slip a
 * device in.
 */


/** A regular file opened for reading (the caller closes `fd`), or why not. Open errors are thrown. */
function openRegularFile(path) {
    const fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0));
    let st;
    try {
        st = (0,external_node_fs_.fstatSync)(fd);
    }
    catch (e) {
        (0,external_node_fs_.closeSync)(fd);
        throw e;
    }
    if (st.isFile())
        return { ok: true, fd, size: st.size };
    (0,external_node_fs_.closeSync)(fd);
    return { ok: false, reason: st.isDirectory() ? 'a directory' : 'not a file' };
}
/** Up to `size` bytes from the file's current position, in a buffer of their own (callers keep slices). */
function readChunk(fd, size) {
    const b = Buffer.allocUnsafe(size);
    let n = 0;
    while (n < size) {
        const got = (0,external_node_fs_.readSync)(fd, b, n, size - n, null);
        if (got === 0)
            break;
        n += got;
    }
    return n === size ? b : b.subarray(0, n);
}
/** The file's text (UTF-8), or why not. Other errors (no permission...) are thrown as they come. */
function readSmallFile(path, maxBytes) {
    let f;
    try {
        f = openRegularFile(path);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return { ok: false, reason: 'missing' };
        throw e;
    }
    if (!f.ok)
        return { ok: false, reason: 'not a file' };
    try {
        if (f.size > maxBytes)
            return { ok: false, reason: 'too large', size: f.size };
        return { ok: true, text: readChunk(f.fd, f.size).toString('utf8') };
    }
    finally {
        (0,external_node_fs_.closeSync)(f.fd);
    }
}
/** `path` with symbolic links followed (one system call), or resolved as it is when it does not exist. */
function realPath(path) {
    try {
        return realpathSync.native(path);
    }
    catch {
        return resolve(path);
    }
}

// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/config/src/schema.ts
/**
 * The JSON Schema (draft 2020-12) of `.github/quality.yml`, the one source of its keys: the
 * validator interprets it, `schema/quality.schema.json` is this object written out (a test keeps
 * them equal), the README table is checked against it. Keys are named as the action inputs and
 * CLI flags are. `x-trusted-only` marks a key that runs repository code or writes shared state:
 * ignored on untrusted events (pull_request_target, workflow_run).
 */
/** A percent rule: a number, or off for no rule (the built-in default may turn it on). */
const percent = (description, def) => ({
    description: `${description} off: no such rule.`,
    anyOf: [
        { type: 'number', minimum: 0, maximum: 100 },
        { type: 'string', enum: ['off'] },
    ],
    ...(def !== undefined ? { default: def } : {}),
});
const bool = (description, def) => ({ description, type: 'boolean', default: def });
const oneOf = (description, values, def) => ({
    description,
    type: 'string',
    enum: values,
    ...(def !== undefined ? { default: def } : {}),
});
const str = (description, def) => ({
    description,
    type: 'string',
    minLength: 1,
    ...(def !== undefined ? { default: def } : {}),
});
/** A string or a list of strings: written as one per line for the input readers. */
const strings = (description, item = { type: 'string', minLength: 1 }) => ({
    description,
    anyOf: [item, { type: 'array', items: item }],
});
const trusted = (s) => ({ ...s, 'x-trusted-only': true });
const section = (description, properties) => ({
    description,
    type: 'object',
    properties,
    additionalProperties: false,
});
const FAIL_LEVELS = ['error', 'warning', 'any', 'none'];
const FILTERS = ['added', 'diff-context', 'file', 'nofilter'];
/** A step of quality check (packages/cli check-steps STEPS, in its order). */
const CHECK_STEP = { type: 'string', enum: ['guard', 'format', 'lint', 'test', 'coverage'] };
const entries = (description) => ({
    description,
    anyOf: [
        { type: 'array', items: { type: 'object' } },
        { type: 'string', minLength: 1 },
    ],
});
const SCHEMA_ID = 'https://raw.githubusercontent.com/OWNER/quality/main/schema/quality.schema.json';
const schema_schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    title: 'quality.yml',
    description: 'Configuration of the quality actions and CLI (.github/quality.yml, else quality.yml at the repository root). An action input overrides a key; a CLI flag overrides both.',
    type: 'object',
    additionalProperties: false,
    properties: {
        coverage: section('The coverage gate (actions/coverage-gate, quality check, quality coverage).', {
            files: strings('Coverage report files or globs; all matches are merged. Default: the usual places (coverage/lcov.info, coverage.xml, ...).'),
            format: oneOf('Read every report as this format instead of detecting it from content.', [
                'lcov',
                'cobertura',
                'clover',
                'jacoco',
                'go',
                'istanbul',
                'istanbul-summary',
            ]),
            'min-coverage': percent('Minimum total coverage in percent of the gated metric. Not set: no total minimum.'),
            'min-diff-coverage': percent('Minimum patch coverage in percent of the changed executable lines.', 80),
            'min-file-coverage': percent('Minimum coverage in percent of each changed file. Not set: no per-file rule.'),
            'max-decrease': percent('Points the total may fall below the baseline; 0 = ratchet (no decrease).', 0),
            'min-changed-lines': {
                description: 'Below this many changed executable lines the patch rule is reported but not enforced.',
                type: 'integer',
                minimum: 0,
                default: 0,
            },
            metric: oneOf('The gated metric.', ['headline', 'lines', 'branches'], 'headline'),
            'missing-files': oneOf('Changed files of the reports\u2019 languages that the reports do not list (test files their tools never list are left out: Go `_test.go`, JS/TS `*.test.*`, `*.spec.*`, `__tests__/`).', ['warn', 'fail', 'ignore'], 'warn'),
            baseline: trusted({
                description: 'Where the base branch\u2019s coverage comes from: cache, branch, none, or the path of a .json file.',
                type: 'string',
                pattern: '^(cache|branch|none|.+\\.json)$',
                'x-expected': "cache, branch, none, or the path of a .json file (e.g. 'coverage-baseline.json')",
                default: 'cache',
            }),
            'baseline-branch': trusted(str('The data branch for baseline: branch.', 'quality-baselines')),
            'path-map': strings('Rewrite rules for report paths, FROM=TO each (e.g. /build/src=src).', {
                type: 'string',
                pattern: '^[^=]+=.*$',
                'x-expected': 'a FROM=TO rule',
            }),
            fetch: bool('Fetch missing history (deepen a shallow clone, fetch the base commit) when the diff needs it.', true),
            comment: oneOf('The sticky pull request comment.', ['auto', 'always', 'never'], 'auto'),
            'comment-id': {
                description: 'Identifies the sticky comment, so several gates can comment on one pull request.',
                type: 'string',
                pattern: '^[A-Za-z0-9._-]{1,64}$',
                'x-expected': 'up to 64 letters, digits, ".", "_" or "-"',
                default: 'coverage',
            },
            annotate: bool('Annotate uncovered changed lines.', true),
            fail: bool('Fail the step when a rule fails; false = report only.', true),
            'cobertura-out': trusted(str('Write the merged coverage as Cobertura XML to this file.')),
        }),
        matrix: section('The job matrix (actions/matrix, quality matrix).', {
            versions: {
                description: 'Versions per project: file, min-max, supported, or a list of versions (22, node:22, python:3.12, go:1.26).',
                anyOf: [{ type: ['string', 'number'] }, { type: 'array', items: { type: ['string', 'number'] } }],
                default: 'file',
            },
            os: strings('Runner labels.'),
            languages: strings('Only the projects of these languages. Not set: every project found.', {
                type: 'string',
                enum: ['node', 'python', 'go'],
            }),
            include: entries("Entries to add, with GitHub's include semantics: a list of mappings."),
            exclude: entries('Entries to remove (a partial match is enough), applied before include.'),
            ignore: strings('Directory globs not to search for projects, added to the defaults.'),
            'changed-only': bool('Keep only the projects with changed files since the merge base.', false),
            'allow-fetch': bool('With changed-only, fetch a missing base and deepen a shallow clone until the merge base is found.', true),
            always: strings('Root file globs whose change selects every project.'),
            shards: {
                description: "Split each project's tests into this many matrix entries, or auto (from target-minutes).",
                anyOf: [
                    { type: 'integer', minimum: 1, maximum: 256 },
                    { type: 'string', enum: ['auto'] },
                ],
            },
            'target-minutes': {
                description: 'With shards auto, the minutes each shard should take.',
                type: 'number',
                minimum: 0.1,
                maximum: 600,
                default: 10,
            },
            timings: strings('Timing files of earlier runs (JUnit XML, go test -json output, .test_durations), globs.'),
            'timing-cache': bool('With shards, restore earlier timings from the Actions cache.', true),
            'timing-key': str('The job part of the timing cache key; use the id of the test job.', 'test'),
            tests: strings('Test file globs relative to each project, instead of the conventions.'),
        }),
        cache: section('Dependency caching (actions/cache-deps, quality cache-key).', {
            'package-manager': strings('Package managers to cache. Not set: detected from the lockfiles.', {
                type: 'string',
                enum: ['npm', 'yarn', 'pnpm', 'pip', 'poetry', 'uv', 'go'],
            }),
            path: trusted(strings("Extra folders to cache with the first manager's store.")),
            'key-prefix': str('The first part of every key.', 'deps'),
            'restore-keys': bool('Also restore the newest entry of the same manager, OS and arch without an exact hit.', false),
            save: trusted(oneOf('When the post step saves (never on untrusted events).', ['auto', 'always', 'never'], 'auto')),
            'save-on-failure': trusted(bool('Save even when an earlier step of the job failed.', true)),
            'fail-on-cache-miss': bool('Fail the step when a manager has no exact entry.', false),
            'fail-on-save-error': bool('Fail the post step when a save that should have happened failed.', false),
            'timeout-seconds': {
                description: 'Deadline in seconds for the restore and for the save of each manager.',
                type: 'integer',
                minimum: 1,
                maximum: 21600,
                default: 600,
            },
        }),
        lint: section('The lint step (actions/lint, quality lint).', {
            tools: trusted(strings('Tools to run instead of the detected ones (eslint, tsc, biome, ruff, flake8, ...).')),
            reports: strings('SARIF 2.1.0 or checkstyle XML files (globs, relative to the linted directory) written by other tools, read as findings.'),
            filter: oneOf('Which findings count: added (on added lines), diff-context, file (changed files), nofilter. Not set: added on pull requests and with a change, else nofilter.', FILTERS),
            'fail-level': oneOf('The lowest severity that fails the step.', FAIL_LEVELS, 'error'),
        }),
        format: section('The format check (actions/format, quality format).', {
            tools: trusted(strings('Formatters to run instead of the detected ones (prettier, black, isort, gofmt, ...).')),
            fix: trusted(bool('Rewrite the files instead of checking them.', false)),
        }),
        test: section('The test step (actions/test, quality test).', {
            command: trusted({
                description: 'The test command as an argument list (or one string), instead of the detected one.',
                anyOf: [
                    { type: 'string', minLength: 1 },
                    { type: 'array', items: { type: 'string' }, minItems: 1 },
                ],
            }),
            reports: strings('Test reports: JUnit XML (pytest, jest-junit, vitest, Maven Surefire, go-junit-report, gotestsum), `go test -json` or `jest --json` output, told apart by content. Paths or globs (`*`, `**`, `!` to exclude; comma-separated too), relative to the project directory (quality test PATH, actions/test working-directory); each must match a file. Without test.command: only these are read, nothing runs (quality check refuses one older than the newest file of your change). With a test.command quality does not know: read after it ran (globs expanded then); one older than the run is refused. A jest, vitest, pytest or go test command writes its own results, read instead (a warning says these were not read).'),
            'retry-failed': {
                description: 'Rerun only the failed tests this many times; a test that passes on retry is flaky.',
                type: 'integer',
                minimum: 0,
                maximum: 10,
                default: 0,
            },
            flaky: oneOf('A flaky test (passed on retry): pass or fail the step.', ['pass', 'fail'], 'pass'),
        }),
        guard: section('The guard rails (actions/guard, quality guard).', {
            secrets: bool('Look for credentials.', true),
            entropy: bool('Report high-entropy strings next to a secret keyword.', true),
            files: bool('File checks: conflict markers, large files, invalid JSON/YAML/TOML, symlinks, shebangs.', true),
            workflows: bool('Workflow and action checks: unpinned uses, script injection, permissions.', true),
            'max-file-size-kb': {
                description: 'Files above this size in KiB are findings (as pre-commit check-added-large-files --maxkb).',
                type: 'integer',
                minimum: 1,
                maximum: 4194304,
                default: 500,
            },
            'forbid-crlf': bool('Report CRLF line endings.', false),
            'forbid-bom': bool('Report UTF-8 byte-order marks.', false),
            rules: {
                description: 'Severity per rule id (e.g. workflow/unpinned-uses: error), or off.',
                type: 'object',
                propertyNames: {
                    type: 'string',
                    pattern: '^[a-z]+/[a-z0-9-]+$',
                    'x-expected': 'a rule id such as workflow/unpinned-uses',
                },
                additionalProperties: { type: 'string', enum: ['error', 'warning', 'notice', 'off'] },
            },
            'fail-level': oneOf('The lowest severity that fails.', FAIL_LEVELS, 'error'),
            baseline: str('The baseline file of accepted findings (fingerprints with a reason each).'),
            'commit-convention': bool("Check the pull request's commit messages and title against Conventional Commits.", false),
            'commit-types': strings('Conventional Commits types accepted (default feat, fix, docs, ...).'),
            'protected-branches': {
                ...strings('Branches the pre-commit hook refuses direct commits to, read at each commit (quality hooks install --protected-branches, written into the hook, wins).'),
                default: ['main', 'master'],
            },
        }),
        check: section('quality check on your machine (and the pre-push hook that runs it): which steps run.', {
            skip: strings('Steps to leave out, as --skip (e.g. coverage for a project that writes no coverage report). A skipped step never counts as passed. A --skip or --only flag replaces both keys.', CHECK_STEP),
            only: strings('Run only these steps, as --only; not together with skip.', CHECK_STEP),
        }),
    },
};
/** The section names, in the schema's order. */
const SECTIONS = (/* unused pure expression or super */ null && (['coverage', 'matrix', 'cache', 'lint', 'format', 'test', 'guard', 'check']));

;// CONCATENATED MODULE: ./packages/config/src/validate.ts
/**
 * Validation of the parsed YAML against the schema subset `schema.ts` uses (type, properties,
 * additionalProperties, propertyNames, items, anyOf, enum, pattern, minimum/maximum, minLength,
 * minItems), on the YAML nodes themselves so every problem names its line. The tricky rule: of
 * an `anyOf`, the alternative whose type matches the value reports its own problem (a list item
 * out of range says so), and only when none matches is the whole `expected a or b` given.
 */

/** Levenshtein distance, bounded: stops early past `max`. */
function distance(a, b, max = Infinity) {
    if (Math.abs(a.length - b.length) > max)
        return max + 1;
    let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        let best = i;
        for (let j = 1; j <= b.length; j++) {
            const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            cur.push(v);
            if (v < best)
                best = v;
        }
        if (best > max)
            return max + 1;
        prev = cur;
    }
    return prev[b.length];
}
/** The closest name within a third of its length (at least 2 edits), if any. */
function didYouMean(name, known) {
    const max = Math.max(2, Math.floor(name.length / 3));
    let best;
    let bestD = max + 1;
    for (const k of known) {
        const d = distance(name.toLowerCase(), k.toLowerCase(), max);
        if (d < bestD)
            [best, bestD] = [k, d];
    }
    return best;
}
const typeOk = (t, v, kind) => {
    const types = Array.isArray(t) ? t : [t];
    return types.some((x) => x === 'object'
        ? kind === 'map'
        : x === 'array'
            ? kind === 'seq'
            : x === 'integer'
                ? typeof v === 'number' && Number.isInteger(v)
                : x === 'number'
                    ? typeof v === 'number' && Number.isFinite(v)
                    : typeof v === x);
};
const quoteAll = (vs) => vs.map((v) => `'${String(v)}'`).join(', ');
function rangeText(s) {
    const { minimum: lo, maximum: hi } = s;
    if (lo !== undefined && hi !== undefined)
        return ` from ${lo} to ${hi}`;
    if (lo !== undefined)
        return ` of at least ${lo}`;
    if (hi !== undefined)
        return ` of at most ${hi}`;
    return '';
}
/** What a value of `s` looks like, in words ("a number from 0 to 100", "one of 'a', 'b'"). */
function expected(s, plural = false) {
    if (s['x-expected'])
        return plural ? `values each ${s['x-expected']}` : s['x-expected'];
    if (s.enum?.length === 1)
        return quoteAll(s.enum);
    if (s.enum)
        return plural ? `values among ${quoteAll(s.enum)}` : `one of ${quoteAll(s.enum)}`;
    if (s.anyOf) {
        const [one, list] = s.anyOf;
        if (s.anyOf.length === 2 && list?.type === 'array' && list.items === one && !plural)
            return `${expected(one)} or a list of them`;
        return s.anyOf.map((a) => expected(a, plural)).join(' or ');
    }
    const types = s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type];
    const words = types.map((t) => {
        switch (t) {
            case 'object':
                return plural ? 'mappings' : 'a mapping (key: value lines)';
            case 'array':
                return plural ? 'lists' : `a list${s.items ? ` of ${expected(s.items, true)}` : ''}`;
            case 'integer':
                return `${plural ? 'whole numbers' : 'a whole number'}${rangeText(s)}`;
            case 'number':
                return `${plural ? 'numbers' : 'a number'}${rangeText(s)}`;
            case 'boolean':
                return plural ? 'true or false' : 'true or false';
            default:
                return s.pattern ? `${plural ? 'strings' : 'a string'} matching ${s.pattern}` : plural ? 'strings' : 'a string';
        }
    });
    return words.join(' or ') || 'a value';
}
function shown(node, v) {
    if (node && (0,dist/* isMap */.jh)(node))
        return 'a mapping';
    if (node && (0,dist/* isSeq */.oP)(node))
        return 'a list';
    if (v === null || v === undefined)
        return 'an empty value (remove the key to use the default)';
    const text = typeof v === 'string' ? JSON.stringify(v.length > 80 ? `${v.slice(0, 80)}\u2026` : v) : String(v);
    return text;
}
class Validator {
    doc;
    counter;
    root;
    problems = [];
    /** Key path \u2192 line of its value, for every key seen. */
    lines = new Map();
    /** Key paths of the `x-trusted-only` keys present. */
    trustedOnly = [];
    constructor(doc, counter, root) {
        this.doc = doc;
        this.counter = counter;
        this.root = root;
    }
    lineOf(node, fallback) {
        const pos = node?.range?.[0];
        return pos === undefined ? fallback : this.counter.linePos(pos).line;
    }
    resolve(node) {
        if (node === null || node === undefined)
            return null;
        if ((0,dist/* isAlias */.Vj)(node))
            return node.resolve(this.doc) ?? null;
        return node;
    }
    /** Validate `raw` against `s`, pushing problems onto `out` (default: this.problems). */
    check(raw, s, key, line, out = this.problems) {
        const node = this.resolve(raw);
        line = this.lineOf(node, line);
        const kind = node === null ? 'null' : (0,dist/* isMap */.jh)(node) ? 'map' : (0,dist/* isSeq */.oP)(node) ? 'seq' : 'scalar';
        const v = node !== null && (0,dist/* isScalar */.jn)(node) ? node.value : undefined;
        const wrong = (what = expected(s)) => out.push({ line, key, message: `expected ${what}, got ${shown(node, v)}` });
        if (s.anyOf) {
            const matching = s.anyOf.filter((a) => a.type === undefined || typeOk(a.type, v, kind));
            if (matching.length === 0)
                return void wrong();
            // A scalar that fits no alternative: the whole choice. A list or mapping: its own problem.
            if (kind !== 'seq' && kind !== 'map') {
                const mine = [];
                for (const a of matching) {
                    mine.length = 0;
                    this.check(node, a, key, line, mine);
                    if (mine.length === 0)
                        return;
                }
                return void wrong();
            }
            let best;
            for (const a of matching) {
                const mine = [];
                this.check(node, a, key, line, mine);
                if (mine.length === 0)
                    return;
                best ??= mine;
            }
            out.push(...best);
            return;
        }
        if (s.type !== undefined && !typeOk(s.type, v, kind)) {
            // A number where a string is expected: the usual YAML surprise (`timing-key: 1`).
            return void wrong();
        }
        if (s.enum && !s.enum.includes(v)) {
            const hint = typeof v === 'string' ? didYouMean(v, s.enum.map(String)) : undefined;
            return void out.push({
                line,
                key,
                message: `expected ${expected(s)}, got ${shown(node, v)}${hint ? ` (did you mean '${hint}'?)` : ''}`,
            });
        }
        if (typeof v === 'number' && (s.type === 'number' || s.type === 'integer' || Array.isArray(s.type))) {
            if ((s.minimum !== undefined && v < s.minimum) || (s.maximum !== undefined && v > s.maximum))
                return void wrong();
        }
        if (typeof v === 'string') {
            if (s.minLength !== undefined && v.length < s.minLength)
                return void wrong('a non-empty string');
            if (s.pattern !== undefined && !new RegExp(s.pattern, 'u').test(v))
                return void wrong();
        }
        if (kind === 'seq' && (0,dist/* isSeq */.oP)(node)) {
            if (s.minItems !== undefined && node.items.length < s.minItems)
                return void wrong(`a list of at least ${s.minItems} item(s)`);
            if (s.items)
                node.items.forEach((item, i) => this.check(item, s.items, `${key}[${i}]`, line, out));
            return;
        }
        if (kind === 'map' && (0,dist/* isMap */.jh)(node))
            this.checkMap(node, s, key, line, out);
    }
    checkMap(node, s, key, line, out) {
        if (!(0,dist/* isMap */.jh)(node))
            return;
        const props = s.properties ?? {};
        for (const pair of node.items) {
            const keyNode = this.resolve(pair.key);
            const keyLine = this.lineOf(keyNode, line);
            const name = keyNode && (0,dist/* isScalar */.jn)(keyNode) ? keyNode.value : undefined;
            if (typeof name !== 'string') {
                out.push({ line: keyLine, key, message: `expected keys that are strings, got ${shown(keyNode, name)}` });
                continue;
            }
            const path = key ? `${key}.${name}` : name;
            const value = pair.value;
            this.lines.set(path, this.lineOf(this.resolve(value), keyLine));
            const sub = Object.hasOwn(props, name) ? props[name] : undefined;
            if (sub) {
                if (sub['x-trusted-only'] && out === this.problems)
                    this.trustedOnly.push(path);
                this.check(value, sub, path, keyLine, out);
                continue;
            }
            if (typeof s.additionalProperties === 'object') {
                if (s.propertyNames) {
                    const mine = [];
                    this.check(keyNode, s.propertyNames, path, keyLine, mine);
                    if (mine.length) {
                        out.push({
                            line: keyLine,
                            key: path,
                            message: `is not a valid key: expected ${expected(s.propertyNames)}`,
                        });
                        continue;
                    }
                }
                this.check(value, s.additionalProperties, path, keyLine, out);
                continue;
            }
            if (s.additionalProperties === false)
                out.push({ line: keyLine, key: path, message: unknownKey(name, key, props, this.root) });
        }
    }
}
/** "unknown key: did you mean 'min-coverage'?" \u2014 among the siblings, else in another section. */
function unknownKey(name, parent, props, root) {
    const known = Object.keys(props);
    const home = Object.entries(root.properties ?? {}).find(([, sec]) => sec.properties && Object.hasOwn(sec.properties, name));
    if (home && home[0] !== parent)
        return `unknown key here: '${name}' is a key of '${home[0]}'`;
    const near = didYouMean(name, known);
    if (near)
        return `unknown key: did you mean '${near}'?`;
    const where = parent ? `'${parent}'` : 'the top level';
    return `unknown key: the keys of ${where} are ${known.join(', ')}`;
}

// EXTERNAL MODULE: ./packages/config/src/entry.ts
var entry = __webpack_require__(4084);
;// CONCATENATED MODULE: ./packages/config/src/load.ts
/**
 * Find, parse and validate the config file: `.github/quality.yml`, else `quality.yml` at the
 * repository root (both: an error naming both). Every problem is reported at once, each as
 * `FILE:LINE: key.path: expected \u2026`. The tricky rule: on an untrusted event the file comes from a
 * checkout a fork may control, so its `x-trusted-only` keys (running repository code, writing
 * shared state) are dropped with a warning; every other key (thresholds, filters) applies, as it
 * does on the pull_request run of the same change.
 */








/** Events whose checkout the pull request's author may control. */
const UNTRUSTED_EVENTS = ['pull_request_target', 'workflow_run'];
const MAX_BYTES = 1024 * 1024;
const MAX_SHOWN = 20;
/** The config file is wrong: every problem, one per line. */
class ConfigFileError extends errors/* ConfigurationError */.j1 {
    file;
    problems;
    name = 'ConfigFileError';
    constructor(file, problems) {
        const lines = problems
            .slice(0, MAX_SHOWN)
            .map((p) => `${file}:${p.line}: ${p.key ? `${p.key}: ` : ''}${p.message}`);
        if (problems.length > MAX_SHOWN)
            lines.push(`\u2026 and ${problems.length - MAX_SHOWN} more problem(s).`);
        super(`${lines.join('\n')}${problems.length > 1 ? '\n' : ' '}Fix ${file} (its schema: schema/quality.schema.json).`);
        this.file = file;
        this.problems = problems;
    }
}
/** Parse and validate the text of a config file named `file` (for messages). */
function parseConfig(text, file, opts = {}) {
    const counter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false, strict: true });
    if (doc.errors.length > 0) {
        throw new ConfigFileError(file, doc.errors.map((e) => ({
            line: counter.linePos(e.pos[0]).line,
            key: '',
            message: `not valid YAML: ${e.message.split('\n')[0]}`,
        })));
    }
    const empty = doc.contents === null || doc.contents.value === null;
    const v = new Validator(doc, counter, schema_schema);
    if (!empty)
        v.check(doc.contents, schema_schema, '', 1);
    if (v.problems.length > 0)
        throw new ConfigFileError(file, v.problems);
    let data = {};
    try {
        // Aliases expand here (free-form values such as matrix.include): bounded, as a billion laughs would not be.
        if (!empty)
            data = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        throw new ConfigFileError(file, [{ line: 1, key: '', message: `cannot be read: ${e.message}` }]);
    }
    const warnings = [];
    const event = opts.eventName ?? '';
    if (UNTRUSTED_EVENTS.includes(event)) {
        for (const path of v.trustedOnly) {
            const [sec, key] = path.split('.');
            delete data[sec]?.[key];
            warnings.push(`${file}:${v.lines.get(path)}: ${path} is ignored on ${event}: the config comes from a checkout the pull request may control, and a key that runs repository code or writes shared state applies on trusted events only. Set the action input instead.`);
        }
    }
    return { file, data, lines: v.lines, warnings };
}
function readSmall(abs, file) {
    let f;
    try {
        f = readSmallFile(abs, MAX_BYTES);
    }
    catch (e) {
        throw new errors/* ConfigurationError */.j1(`${file} cannot be read (${e.code ?? String(e)}).`);
    }
    if (f.ok)
        return f.text;
    if (f.reason === 'missing')
        return undefined;
    if (f.reason === 'not a file')
        throw new errors/* ConfigurationError */.j1(`${file} is not a file.`);
    throw new errors/* ConfigurationError */.j1(`${file} is ${f.size} bytes: a config file is at most 1 MiB.`);
}
/**
 * The config of the repository at `root`, or undefined when it has none. Both files present is
 * an error: one would be silently ignored.
 */
function loadConfig(root, opts = {}) {
    const found = entry/* CONFIG_FILES */.n.map((f) => ({ file: f, text: readSmall((0,external_node_path_.join)(root, f), f) })).filter((x) => x.text !== undefined);
    if (found.length > 1) {
        throw new errors/* ConfigurationError */.j1(`Both ${entry/* CONFIG_FILES */.n[0]} and ${entry/* CONFIG_FILES */.n[1]} exist in ${root}: keep one (${entry/* CONFIG_FILES */.n[0]} is the usual place) and delete the other.`);
    }
    const [hit] = found;
    return hit ? parseConfig(hit.text, hit.file, opts) : undefined;
}
/**
 * A config file named by the user (`quality \u2026 --config FILE`): `abs` is read, `file` (as given)
 * names it in messages. Undefined when it does not exist: the caller says how that is wrong.
 */
function loadConfigFile(abs, file, opts = {}) {
    const text = readSmall(abs, file);
    return text === undefined ? undefined : parseConfig(text, file, opts);
}
/** A value as the input readers read it: lists one item per line, mappings as JSON. */
function inputText(v) {
    if (Array.isArray(v))
        return v.some((x) => typeof x === 'object' && x !== null) ? JSON.stringify(v) : v.join('\n');
    if (typeof v === 'object' && v !== null)
        return JSON.stringify(v);
    return String(v);
}
/**
 * One section as input values for kit's `configSource`: `inputs.withFallback(configSource(
 * sectionValues(cfg, 'coverage')))` reads `min-coverage` from the input, else from the file.
 */
function sectionValues(cfg, section) {
    const out = {};
    const values = cfg?.data[section];
    if (!cfg || !values)
        return out;
    for (const [key, v] of Object.entries(values)) {
        const path = `${section}.${key}`;
        out[key] = { value: inputText(v), file: cfg.file, line: cfg.lines.get(path) ?? 1, key: path };
    }
    return out;
}
/** The keys of a section (for tests and docs). */
function sectionKeys(section) {
    return Object.keys(schema.properties[section].properties ?? {});
}



/***/ })

};
