export const id = 721;
export const ids = [721];
export const modules = {

/***/ 172:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y_: () => (/* binding */ changedFiles),
/* harmony export */   k0: () => (/* binding */ changeText),
/* harmony export */   s1: () => (/* binding */ changeBase)
/* harmony export */ });
/* unused harmony exports BASE_CANDIDATES, defaultBase */
/* harmony import */ var _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7817);
/* harmony import */ var _quality_kit_git__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3137);
/**
 * "Your change" on a laptop, one way for every command that measures it (check, guard): the
 * merge-base of HEAD with the base branch, and the diff of the work tree (or of the commits)
 * against it. The one rule: no base branch found is an error naming --base, never "no change".
 */


/** Tried in order when --base is not given (after the remote's default branch). */
const BASE_CANDIDATES = ['origin/main', 'origin/master', 'main', 'master'];
/** The base branch: the remote's default branch, then the usual names; undefined when none exists. */
async function defaultBase(root) {
    const head = await (0,_quality_kit_git__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .EO)(root, ['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD'], { ok: [0, 1, 128] });
    const remoteDefault = head.code === 0
        ? head.stdout
            .toString('utf8')
            .trim()
            .replace(/^refs\/remotes\//, '')
        : '';
    for (const ref of [remoteDefault, ...BASE_CANDIDATES]) {
        if (ref && (await (0,_quality_kit_git__WEBPACK_IMPORTED_MODULE_1__/* .resolveCommit */ .WL)(root, ref)) !== null)
            return ref;
    }
    return undefined;
}
/** The base (given or found) and its merge-base with HEAD. */
async function changeBase(root, given) {
    const base = given ?? (await defaultBase(root));
    if (base === undefined) {
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`No base branch found (tried refs/remotes/origin/HEAD, ${BASE_CANDIDATES.join(', ')}): give the branch your change is based on with --base REF.`);
    }
    if ((await (0,_quality_kit_git__WEBPACK_IMPORTED_MODULE_1__/* .resolveCommit */ .WL)(root, base)) === null) {
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`--base ${base} is not a commit in ${root}. Fetch it, or give another --base REF.`);
    }
    return { base, mergeBase: await (0,_quality_kit_git__WEBPACK_IMPORTED_MODULE_1__/* .ensureHistory */ .J0)(root, base, { allowFetch: false }) };
}
/** The diff of the change: `git diff MB` (work tree) or `git diff MB HEAD` (committed). */
async function changeText(root, mergeBase, committed) {
    const args = ['diff', '--no-color', '--no-ext-diff', '--no-textconv', '-M', '--unified=0'];
    args.push('--ignore-submodules=all', '--src-prefix=a/', '--dst-prefix=b/', '--end-of-options', mergeBase);
    if (committed)
        args.push('HEAD');
    return (await (0,_quality_kit_git__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .EO)(root, args)).stdout.toString('utf8');
}
/**
 * The files of the change that are in the work tree, relative to `root`: `git diff --name-only
 * MB` (committed, staged and unstaged changes; untracked files are not part of it, deleted ones
 * are left out: they have no modification time).
 */
async function changedFiles(root, mergeBase) {
    const args = ['diff', '--name-only', '-z', '--no-renames', '--diff-filter=d', '--ignore-submodules=all'];
    args.push('--end-of-options', mergeBase);
    return (await (0,_quality_kit_git__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .EO)(root, args)).stdout.toString('utf8').split('\0').filter(Boolean);
}


/***/ }),

/***/ 3721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_BASELINE: () => (/* binding */ DEFAULT_BASELINE),
  guardCommand: () => (/* binding */ guardCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/kit/src/findings.ts
var src_findings = __webpack_require__(7080);
;// CONCATENATED MODULE: ./packages/guard/src/lines.ts
/** Offsets to 1-based line and column, by binary search over line starts computed once. */
class LineIndex {
    src;
    starts = [0];
    constructor(src) {
        this.src = src;
        for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    get count() {
        return this.starts.length;
    }
    position(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - this.starts[lo] + 1 };
    }
    /** The text of a 1-based line, without its line break. */
    text(line) {
        const s = this.starts[line - 1] ?? this.src.length;
        const e = this.starts[line] ?? this.src.length + 1;
        return this.src.slice(s, e - 1).replace(/\r$/, '');
    }
}

;// CONCATENATED MODULE: ./packages/guard/src/secrets.ts


// Boundaries without \b so that '-' and '_' inside tokens count as token characters.
const B = '(?<![A-Za-z0-9_\\-])';
const E = '(?![A-Za-z0-9_\\-])';
const DETECTORS = [
    {
        kind: 'aws-access-key-id',
        needles: ['akia', 'asia', 'abia', 'acca'],
        label: 'AWS access key id',
        re: new RegExp(`${B}((?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})${E}`, 'g'),
    },
    {
        kind: 'aws-secret-access-key',
        needles: ['access'],
        label: 'AWS secret access key',
        re: /secret_?access_?key["']?\s*[:=]>?\s*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi,
        check: (s) => /[0-9]/.test(s) && /[A-Z]/.test(s) && /[a-z]/.test(s),
    },
    {
        kind: 'github-token',
        needles: ['gh'],
        label: 'GitHub token',
        re: new RegExp(`${B}(gh[pousr]_[A-Za-z0-9]{36})${E}`, 'g'),
    },
    {
        kind: 'github-fine-grained-token',
        needles: ['github_pat_'],
        label: 'GitHub fine-grained token',
        re: new RegExp(`${B}(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})${E}`, 'g'),
    },
    {
        kind: 'gitlab-token',
        needles: ['gl'],
        label: 'GitLab token',
        re: new RegExp(`${B}((?:glpat|gldt|glrt|glptt|glcbt)-[A-Za-z0-9_\\-]{20,64})${E}`, 'g'),
    },
    {
        kind: 'slack-token',
        needles: ['xox'],
        label: 'Slack token',
        re: new RegExp(`${B}(xox[abposr]-[0-9]{8,13}-[A-Za-z0-9\\-]{8,100})${E}`, 'g'),
    },
    {
        kind: 'slack-webhook',
        needles: ['hooks.slack.com'],
        label: 'Slack webhook URL',
        re: /(https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/[A-Za-z0-9]{24})(?![A-Za-z0-9])/g,
    },
    {
        kind: 'stripe-live-key',
        needles: ['_live_'],
        label: 'Stripe live secret key',
        re: new RegExp(`${B}((?:sk|rk)_live_[A-Za-z0-9]{24,99})${E}`, 'g'),
    },
    {
        kind: 'google-api-key',
        needles: ['aiza'],
        label: 'Google API key',
        re: new RegExp(`${B}(AIza[A-Za-z0-9_\\-]{35})${E}`, 'g'),
    },
    { kind: 'npm-token', needles: ['npm_'], label: 'npm token', re: new RegExp(`${B}(npm_[A-Za-z0-9]{36})${E}`, 'g') },
    {
        kind: 'jwt',
        needles: ['eyj'],
        label: 'JSON Web Token',
        re: new RegExp(`${B}(eyJ[A-Za-z0-9_\\-]{8,2000}\\.eyJ[A-Za-z0-9_\\-]{8,8000}\\.[A-Za-z0-9_\\-]{16,2000})${E}`, 'g'),
        check: (s) => {
            const [h, p] = s.split('.');
            const header = decodeJson(h);
            return !!header && typeof header.alg === 'string' && !!decodeJson(p);
        },
    },
    {
        kind: 'connection-string',
        needles: ['://'],
        label: 'password in a connection string',
        re: /(?<![A-Za-z0-9+.-])(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|redis|rediss|amqps?|mssql|sqlserver|jdbc:[a-z]+|ftp|smtp)s?:\/\/[^:/\s@'"`]{1,256}:([^@\s'"`/]{3,256})@[A-Za-z0-9[]/g,
    },
];
function decodeJson(part) {
    try {
        const v = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
        return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
    }
    catch {
        return undefined;
    }
}
const PLACEHOLDER = /example|x{4,}|X{4,}|\*{3,}|your[_-]|placeholder|changeme|change[_-]me|redacted|dummy|sample|replace[_-]?me|<[^>]*>|\$\{|\{\{|%s|^\$[A-Za-z_]/i;
const AWS_DOC_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
/** Known examples and placeholders: not findings. */
function isPlaceholder(secret) {
    if (secret === AWS_DOC_SECRET || PLACEHOLDER.test(secret))
        return true;
    // Low diversity ("aaaaaaaa\u2026", "0000\u2026", "abcabc\u2026") is a placeholder, not a credential.
    const body = secret.replace(/^[a-z]{2,6}[_-](?:live_|pat_)?/, '');
    return new Set(body).size < 6;
}
/** Connection-string passwords that are documentation, not credentials. */
const PLACEHOLDER_PASSWORDS = /^(?:pass(?:word)?|passwd|pwd|secret|admin|root|test|guest|user|postgres|mysql|pw|\$[A-Za-z_]\w*|:\w+|\{[^}]*\}|%\(?\w*\)?s)$/i;
function redact(secret) {
    return `${secret.slice(0, 4)}\u2026 (${secret.length} characters)`;
}
/** Shannon entropy in bits per character. */
function entropy(s) {
    const counts = new Map();
    for (const c of s)
        counts.set(c, (counts.get(c) ?? 0) + 1);
    let h = 0;
    for (const n of counts.values()) {
        const p = n / s.length;
        h -= p * Math.log2(p);
    }
    return h;
}
const KEYWORD = /secret|token|passw(?:or)?d|pwd|api[_-]?key|apikey|access[_-]?key|private[_-]?key|credential|auth[_-]?key/gi;
/**
 * Every detector's needles and every keyword, case variants spelled out: a file holding none of
 * these has no finding of `findSecrets`, so a whole-repository scan skips its content checks.
 */
const SECRET_NEEDLES = [
    ...['AKIA', 'ASIA', 'ABIA', 'ACCA', 'access', 'Access', 'ACCESS'],
    ...[...'pousr'].map((c) => `gh${c}_`),
    'github_pat_',
    ...['pat', 'dt', 'rt', 'ptt', 'cbt'].map((s) => `gl${s}-`),
    ...[...'abposr'].map((c) => `xox${c}-`),
    ...['hooks.slack', '_live_', 'AIza', 'npm_', 'eyJ', '://', 'PRIVATE KEY'],
    ...['secret', 'token', 'passw', 'pwd', 'key', 'credential'].flatMap((w) => [
        w,
        `${w[0].toUpperCase()}${w.slice(1)}`,
        w.toUpperCase(),
    ]),
];
const ANY_NEEDLE = new RegExp(SECRET_NEEDLES.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
const KEYWORD_NEEDLES = ['secret', 'token', 'passw', 'pwd', 'key', 'credential'];
const IDENT = /[A-Za-z0-9_.\-]/;
const VALUE = /[A-Za-z0-9+/_\-=.~]/;
const QUOTED_VALUE = /[^\s"'`\\$]/;
/** Files whose keyword-looking values are hashes, not secrets. */
const LOCKFILES = /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lock|Cargo\.lock|poetry\.lock|uv\.lock|Pipfile\.lock|composer\.lock|Gemfile\.lock|go\.sum|flake\.lock|packages\.lock\.json)$/;
function* keywordSecrets(src) {
    KEYWORD.lastIndex = 0;
    for (let m = KEYWORD.exec(src); m; m = KEYWORD.exec(src)) {
        // Manual scanning from the keyword: rest of the name, a quote, ':' / '=' / ':=' / '=>', a quote, the value.
        let i = m.index + m[0].length;
        const n = src.length;
        while (i < n && IDENT.test(src[i]))
            i++;
        if (src[i] === '"' || src[i] === "'")
            i++;
        while (src[i] === ' ' || src[i] === '\t')
            i++;
        if (src[i] === ':' && src[i + 1] === '=')
            i += 2;
        else if (src[i] === '=' && src[i + 1] === '>')
            i += 2;
        else if (src[i] === ':' || src[i] === '=')
            i++;
        else
            continue;
        while (src[i] === ' ' || src[i] === '\t')
            i++;
        const quote = src[i] === '"' || src[i] === "'" || src[i] === '`' ? src[i] : undefined;
        if (quote)
            i++;
        const start = i;
        const valueChar = quote ? QUOTED_VALUE : VALUE;
        while (i < n && i - start <= 200 && valueChar.test(src[i]))
            i++;
        const end = src[i];
        const closed = quote ? end === quote : end === undefined || /[\s,;)}\]#]/.test(end);
        if (!closed)
            continue;
        KEYWORD.lastIndex = Math.max(KEYWORD.lastIndex, i);
        yield { secret: src.slice(start, i), index: start };
    }
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function looksRandom(v) {
    if (v.length < 16 || v.length > 200)
        return false;
    if (/^[0-9a-f]{40}$/i.test(v) || UUID.test(v) || /^sha(?:1|256|384|512)-/.test(v))
        return false;
    if (!/[0-9]/.test(v) || !/[A-Za-z]/.test(v))
        return false;
    // Dotted names (secrets.NPM_TOKEN, process.env.X) and paths are references, not values.
    if (/^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)+$/.test(v) || /^[a-z0-9_.-]+(?:\/[a-z0-9_.-]+){2,}$/.test(v))
        return false;
    return entropy(v) >= (v.length < 24 ? 3.5 : 4);
}
/** Find credentials in one file's text. `path` is repository-relative. */
function findSecrets(path, src, opts = {}) {
    const out = [];
    // One case-sensitive pass decides whether any detector can match: most files stop here.
    if (!ANY_NEEDLE.test(src))
        return [];
    let lines;
    const lower = src.toLowerCase();
    const taken = [];
    const overlaps = (s, e) => taken.some(([a, b]) => s < b && a < e);
    const add = (kind, label, secret, index) => {
        if (overlaps(index, index + secret.length))
            return;
        taken.push([index, index + secret.length]);
        const { line, column } = (lines ??= new LineIndex(src)).position(index);
        const redacted = redact(secret);
        const f = {
            tool: 'guard',
            rule: `secret/${kind}`,
            severity: 'error',
            path,
            line,
            column,
            message: `${label[0].toUpperCase()}${label.slice(1)} found: ${redacted}.`,
            fix: 'Revoke it now (it is in the history once pushed), then read it from a secret store or environment variable.',
        };
        // The fingerprint hashes the secret with the path and rule, so moving the line keeps it.
        out.push({ ...f, fingerprint: (0,src_findings/* fingerprint */.Rj)(f, secret), redacted, secret });
    };
    for (const d of DETECTORS) {
        if (!d.needles.some((n) => lower.includes(n)))
            continue;
        d.re.lastIndex = 0;
        for (let m = d.re.exec(src); m; m = d.re.exec(src)) {
            const secret = m[1] ?? m[0];
            const index = m.index + m[0].lastIndexOf(secret);
            if (d.kind === 'connection-string'
                ? PLACEHOLDER_PASSWORDS.test(secret) || PLACEHOLDER.test(secret)
                : isPlaceholder(secret))
                continue;
            if (d.check && !d.check(secret, m))
                continue;
            add(d.kind, d.label, secret, index);
        }
    }
    if (src.includes('PRIVATE KEY'))
        for (const { secret, index } of privateKeys(src))
            add('private-key', 'private key', secret, index);
    if (opts.entropy !== false && !LOCKFILES.test(path) && KEYWORD_NEEDLES.some((n) => lower.includes(n))) {
        for (const { secret, index } of keywordSecrets(src)) {
            if (looksRandom(secret) && !isPlaceholder(secret))
                add('generic-secret', 'high-entropy value assigned to a secret name', secret, index);
        }
    }
    return out.sort((a, b) => a.line - b.line || a.column - b.column);
}
const PEM_BEGIN = /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----/g;
/** PEM private keys with a real body (at least 64 base64 characters before the END line). */
function* privateKeys(src) {
    PEM_BEGIN.lastIndex = 0;
    for (let m = PEM_BEGIN.exec(src); m; m = PEM_BEGIN.exec(src)) {
        const endMarker = `-----END ${m[1]}-----`;
        const end = src.indexOf(endMarker, m.index);
        if (end < 0 || end - m.index > 64 * 1024)
            continue;
        const body = src.slice(m.index + m[0].length, end);
        // Escaped newlines (a key inside a JSON string) count as line breaks.
        const b64 = body.replace(/^[A-Za-z-]+:.*$/gm, '').replace(/\\[nr]|[\s"',+]/g, '');
        if (b64.length < 64 || !/^[A-Za-z0-9+/=]+$/.test(b64) || new Set(b64).size < 16)
            continue;
        PEM_BEGIN.lastIndex = end + endMarker.length;
        yield { secret: src.slice(m.index, end + endMarker.length), index: m.index };
    }
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var smol_toml_dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./packages/guard/src/files.ts
/**
 * File hygiene: conflict markers, size, JSON/YAML/TOML validity, case-only collisions,
 * broken symlinks, shebang vs executable bit, BOM and CRLF (when configured).
 *
 * Tricky rule: '=======' alone is a Markdown/reST underline; it only counts between a
 * '<<<<<<< ' and a '>>>>>>> ' line, and the finding is on the '<<<<<<< ' line.
 */





const finding = (rule, severity, path, message, line, column, fix) => {
    const f = { tool: 'guard', rule: `file/${rule}`, severity, path, message };
    if (line !== undefined)
        f.line = line;
    if (column !== undefined)
        f.column = column;
    if (fix)
        f.fix = fix;
    return f;
};
/** Git's rule: a NUL byte in the first 8000 bytes makes a file binary. */
function isBinary(buf) {
    return buf.subarray(0, 8000).includes(0);
}
function conflictMarkers(path, src) {
    const out = [];
    if (!src.includes('<<<<<<<'))
        return out;
    const re = /^(<{7}|={7}|>{7}|\|{7})(?: |\r?$)/gm;
    let open;
    let sawSeparator = false;
    const lines = new LineIndex(src);
    for (let m = re.exec(src); m; m = re.exec(src)) {
        const kind = m[1][0];
        if (kind === '<') {
            open = m.index;
            sawSeparator = false;
        }
        else if (kind === '=' && open !== undefined)
            sawSeparator = true;
        else if (kind === '>' && open !== undefined && sawSeparator) {
            out.push(finding('merge-conflict', 'error', path, 'Merge conflict markers: this file was committed in the middle of a merge.', lines.position(open).line, 1, 'Resolve the conflict and remove the <<<<<<< / ======= / >>>>>>> lines.'));
            open = undefined;
        }
    }
    return out;
}
/** Files that are JSON with comments by convention: JSON.parse would reject valid files. */
const JSONC = /(?:^|\/)(?:tsconfig[^/]*\.json|jsconfig[^/]*\.json|\.?devcontainer\.json|\.eslintrc\.json|\.babelrc|[^/]*\.jsonc)$|(?:^|\/)\.vscode\//;
/** JSON Lines under a .json name (`go test -json`, log exports): one JSON value per line. */
function isJsonLines(src) {
    const lines = src.split(/\r?\n/).filter((l) => l.trim() !== '');
    if (lines.length < 2)
        return false;
    try {
        for (const l of lines)
            JSON.parse(l);
        return true;
    }
    catch {
        return false;
    }
}
function jsonError(path, src) {
    try {
        JSON.parse(src.replace(/^\uFEFF/, ''));
        return undefined;
    }
    catch (e) {
        if (isJsonLines(src.replace(/^\uFEFF/, '')))
            return undefined;
        const msg = e.message;
        const pos = /at position (\d+)/.exec(msg);
        const lc = /\(line (\d+) column (\d+)\)/.exec(msg);
        const where = lc
            ? { line: Number(lc[1]), column: Number(lc[2]) }
            : pos
                ? new LineIndex(src).position(Number(pos[1]) + (src.startsWith('\uFEFF') ? 1 : 0))
                : { line: 1, column: 1 };
        return finding('invalid-json', 'error', path, `Invalid JSON: ${msg.replace(/ \(line \d+ column \d+\)| in JSON at position \d+/, '')}.`, where.line, where.column);
    }
}
function yamlErrors(path, src) {
    // Helm and other templates are not YAML until rendered.
    if (/(?:^|\/)templates\//.test(path) && src.includes('{{'))
        return [];
    // js-yaml answers "valid" about ten times faster; only a file it rejects is parsed again by
    // `yaml`, whose verdict, message and position are the ones reported (js-yaml also rejects
    // valid YAML, such as CloudFormation's unknown tags).
    try {
        (0,js_yaml/* loadAll */.gh)(src);
        return [];
    }
    catch {
        // confirmed (or not) below
    }
    const lc = new dist/* LineCounter */.HN();
    const docs = (0,dist/* parseAllDocuments */.hR)(src, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
    const list = Array.isArray(docs) ? docs : [docs];
    const out = [];
    for (const d of list) {
        for (const err of d.errors.slice(0, 1)) {
            const { line, col } = lc.linePos(err.pos[0]);
            out.push(finding('invalid-yaml', 'error', path, `Invalid YAML: ${err.message.split('\n')[0]}`, line, col));
        }
        if (out.length)
            break;
    }
    return out;
}
function tomlError(path, src) {
    try {
        (0,smol_toml_dist/* parse */.qg)(src);
        return undefined;
    }
    catch (e) {
        if (!(e instanceof smol_toml_dist/* TomlError */.zx))
            throw e;
        return finding('invalid-toml', 'error', path, `Invalid TOML: ${e.message.split('\n')[0].replace(/^Invalid TOML document: /, '')}.`, e.line, e.column);
    }
}
/** Parse errors of JSON, YAML and TOML files, chosen by extension. */
function syntaxErrors(path, src) {
    const name = path.toLowerCase();
    if (name.endsWith('.json') && !JSONC.test(path)) {
        const f = jsonError(path, src);
        return f ? [f] : [];
    }
    if (name.endsWith('.yml') || name.endsWith('.yaml'))
        return yamlErrors(path, src);
    if (name.endsWith('.toml')) {
        const f = tomlError(path, src);
        return f ? [f] : [];
    }
    return [];
}
function textPolicy(path, src, policy) {
    const out = [];
    if (policy.forbidBom && src.startsWith('\uFEFF'))
        out.push(finding('bom', 'error', path, 'The file starts with a byte-order mark.', 1, 1, 'Save it as UTF-8 without BOM.'));
    if (policy.forbidCrlf) {
        const first = src.indexOf('\r\n');
        if (first >= 0) {
            let n = 0;
            for (let i = first; i >= 0; i = src.indexOf('\r\n', i + 2))
                n++;
            const { line } = new LineIndex(src).position(first);
            out.push(finding('crlf', 'error', path, `${n} line${n === 1 ? '' : 's'} end with CRLF (first on line ${line}).`, line, undefined, 'Convert to LF (e.g. `dos2unix`), and set `* text=auto eol=lf` in .gitattributes.'));
        }
    }
    return out;
}
/** Git modes: 0o100755 is executable. Only the owner's bit matters to git. */
function shebangVsMode(path, head, mode) {
    const executable = (mode & 0o111) !== 0;
    // '#![' starts a Rust inner attribute, not a shebang.
    const shebang = head[0] === 0x23 && head[1] === 0x21 && head[2] !== 0x5b;
    if (shebang && !executable)
        return [
            finding('shebang-not-executable', 'warning', path, 'The file has a shebang but is not executable.', 1, 1, `Run \`git update-index --chmod=+x ${path}\` or remove the shebang.`),
        ];
    if (!shebang && executable)
        return [
            finding('executable-without-shebang', 'warning', path, 'The file is executable but has no shebang, so it cannot be run directly.', undefined, undefined, `Add a shebang or run \`git update-index --chmod=-x ${path}\`.`),
        ];
    return [];
}
function sizeCheck(path, size, maxBytes) {
    if (size <= maxBytes)
        return [];
    const kb = (n) => `${Math.ceil(n / 1024)} KB`;
    return [
        finding('large-file', 'error', path, `The file is ${kb(size)}, above the ${kb(maxBytes)} limit.`, undefined, undefined, 'Keep large files out of git (Git LFS, a release asset) or raise the size limit in the guard config.'),
    ];
}
/** Paths that differ only by case collide on macOS and Windows checkouts; directories too. */
function caseCollisions(paths) {
    const byLower = new Map();
    const note = (p) => {
        const k = p.toLowerCase();
        let s = byLower.get(k);
        if (!s)
            byLower.set(k, (s = new Set()));
        s.add(p);
    };
    for (const p of paths) {
        note(p);
        for (let i = p.indexOf('/'); i > 0; i = p.indexOf('/', i + 1))
            note(p.slice(0, i));
    }
    const out = [];
    for (const names of byLower.values()) {
        if (names.size < 2)
            continue;
        const all = [...names].sort();
        for (const p of all)
            out.push(finding('case-collision', 'error', p, `Only the case differs between ${all.map((n) => `'${n}'`).join(' and ')}: they collide on case-insensitive file systems.`, undefined, undefined, 'Rename one of them.'));
    }
    return out;
}
/**
 * A symlink whose target is not in the repository. `exists` answers for repository-relative
 * paths (files or directories); targets outside the repository are broken on every other machine.
 */
function brokenSymlink(path, target, exists) {
    const resolved = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(path), target));
    if (external_node_path_.posix.isAbsolute(target) || resolved === '..' || resolved.startsWith('../'))
        return [
            finding('broken-symlink', 'warning', path, `The symlink points outside the repository (${target}), so it is broken in every other checkout.`, undefined, undefined, 'Point it at a path inside the repository.'),
        ];
    if (exists(resolved.replace(/\/$/, '')))
        return [];
    return [
        finding('broken-symlink', 'error', path, `The symlink target '${resolved}' does not exist in the repository.`, undefined, undefined, 'Fix the target or remove the link.'),
    ];
}

;// CONCATENATED MODULE: ./packages/guard/src/workflows.ts
/**
 * Workflow and composite-action checks: unpinned `uses:`, attacker-controlled `${{ }}` in
 * `run:`, pull_request_target/workflow_run running the head, missing top-level permissions,
 * `secrets: inherit`, unpinned tool installs in `run:`.
 *
 * Tricky rule: every finding carries the line of the node it is about, taken from the YAML
 * source (block scalars included), so a `run:` finding points at the offending line.
 */

const isWorkflowPath = (p) => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(p);
const isActionPath = (p) => /(?:^|\/)action\.ya?ml$/.test(p);
/** Contexts a pull request author, issue author or committer controls. */
const UNTRUSTED = [
    /github\.head_ref/,
    /github\.event\.(?:pull_request|issue|discussion)\.(?:title|body)/,
    /github\.event\.pull_request\.head\.(?:ref|label|repo\.default_branch)/,
    /github\.event\.(?:comment|review|review_comment)\.body/,
    /github\.event\.pages\[[^\]]*\]\.page_name|github\.event\.pages\.\*\.page_name/,
    /github\.event\.(?:commits\[[^\]]*\]|commits\.\*|head_commit)\.(?:message|author\.(?:email|name))/,
    /github\.event\.workflow_run\.(?:head_branch|head_commit\.(?:message|author\.(?:email|name))|display_title|pull_requests\[[^\]]*\]\.head\.ref)/,
];
const HEAD_REF = /github\.event\.pull_request\.head\.(?:sha|ref)|github\.head_ref|github\.event\.workflow_run\.head_(?:sha|branch)|refs\/pull\//;
const get = (m, key) => (0,dist/* isMap */.jh)(m) ? m.get(key, true) : undefined;
const str = (n) => ((0,dist.isScalar)(n) && typeof n.value === 'string' ? n.value : undefined);
const WORKFLOW_RULES = {
    'workflow/unpinned-uses': 'warning',
    'workflow/script-injection': 'error',
    'workflow/untrusted-checkout': 'error',
    'workflow/missing-permissions': 'warning',
    'workflow/secrets-inherit': 'warning',
    'workflow/unpinned-install': 'warning',
};
function checkWorkflow(path, src, opts = {}) {
    const counter = new dist/* LineCounter */.HN();
    const doc = (0,dist.parseDocument)(src, { lineCounter: counter, uniqueKeys: false });
    if (doc.errors.length || !(0,dist/* isMap */.jh)(doc.contents))
        return []; // syntax errors are the file checks' to report
    const lines = {
        line: (n) => (n?.range ? counter.linePos(n.range[0]).line : undefined),
        at: (o) => counter.linePos(o).line,
    };
    const out = [];
    const add = (rule, line, message, fix) => {
        const f = {
            tool: 'guard',
            rule,
            severity: opts.severities?.[rule] ?? WORKFLOW_RULES[rule],
            path,
            message,
        };
        if (line !== undefined)
            f.line = line;
        if (fix)
            f.fix = fix;
        out.push(f);
    };
    const root = doc.contents;
    const checkUses = (node) => {
        const uses = str(node);
        if (!uses || uses.startsWith('./'))
            return;
        if (uses.startsWith('docker://')) {
            if (!/@sha256:[0-9a-f]{64}$/.test(uses))
                add('workflow/unpinned-uses', lines.line(node), `'${uses}' is not pinned to an image digest.`, 'Use docker://image@sha256:<digest>.');
            return;
        }
        if (!/@[0-9a-f]{40}$/.test(uses))
            add('workflow/unpinned-uses', lines.line(node), `'${uses}' is not pinned to a full commit SHA: the tag or branch can be moved to other code.`, 'Pin it to the commit SHA and keep the version in a comment (`uses: owner/repo@<sha> # v1.2.3`).');
    };
    const checkScript = (node, what) => {
        if (!(0,dist.isScalar)(node) || typeof node.value !== 'string' || !node.range)
            return;
        const raw = src.slice(node.range[0], node.range[1]);
        for (const m of raw.matchAll(/\$\{\{(.*?)\}\}/g)) {
            const expr = m[1];
            const bad = UNTRUSTED.find((re) => re.test(expr));
            if (bad)
                add('workflow/script-injection', lines.at(node.range[0] + m.index), `${what} expands \`${bad.exec(expr)[0]}\`, which whoever opens the pull request or issue controls: it can run commands.`, 'Pass it through `env:` (e.g. `env: TITLE: ${{ \u2026 }}`) and use "$TITLE" in the script.');
        }
        if (what !== 'run:')
            return;
        // Tool installs without a version, one shell line at a time.
        const text = node.value;
        const base = node.range[0];
        for (const m of text.matchAll(/[^\n]+/g)) {
            const l = m[0];
            const problem = unpinnedInstall(l);
            if (problem) {
                const idx = raw.indexOf(l.trim());
                add('workflow/unpinned-install', lines.at(base + (idx >= 0 ? idx : 0)), problem, 'Pin the version (`npx pkg@1.2.3`, `pip install pkg==1.2.3`), or download a release with a checksum and verify it.');
            }
        }
    };
    const checkSteps = (steps, untrustedTrigger) => {
        if (!(0,dist/* isSeq */.oP)(steps))
            return;
        let headCheckout;
        for (const step of steps.items) {
            if (!(0,dist/* isMap */.jh)(step))
                continue;
            const uses = get(step, 'uses');
            checkUses(uses);
            checkScript(get(step, 'run'), 'run:');
            const usesName = str(uses) ?? '';
            if (/^actions\/github-script@/.test(usesName))
                checkScript(get(get(step, 'with'), 'script'), 'github-script `script:`');
            if (untrustedTrigger) {
                if (/^actions\/checkout@/.test(usesName) && HEAD_REF.test(str(get(get(step, 'with'), 'ref')) ?? ''))
                    headCheckout = step;
                else if (headCheckout && (get(step, 'run') || usesName.startsWith('./'))) {
                    add('workflow/untrusted-checkout', lines.line(headCheckout), `This job checks out the pull request's head on a privileged trigger (pull_request_target or workflow_run) and then runs it (line ${lines.line(step)}): the author's code gets the repository's secrets and write token.`, 'Use the `pull_request` trigger for code from the pull request, or check out the base and only read the head as data.');
                    headCheckout = undefined;
                }
            }
        }
    };
    if (isWorkflowPath(path)) {
        const on = get(root, 'on') ?? get(root, 'true');
        const triggers = (0,dist/* isMap */.jh)(on)
            ? on.items.map((p) => String((0,dist.isScalar)(p.key) ? p.key.value : p.key))
            : (0,dist/* isSeq */.oP)(on)
                ? on.items.map((i) => str(i) ?? '')
                : [str(on) ?? ''];
        const untrusted = triggers.some((t) => t === 'pull_request_target' || t === 'workflow_run');
        const jobs = get(root, 'jobs');
        let everyJobHasPermissions = true;
        if ((0,dist/* isMap */.jh)(jobs)) {
            for (const pair of jobs.items) {
                const job = pair.value;
                if (!get(job, 'permissions'))
                    everyJobHasPermissions = false;
                checkUses(get(job, 'uses'));
                const secrets = get(job, 'secrets');
                if (str(secrets) === 'inherit')
                    add('workflow/secrets-inherit', lines.line(secrets), 'secrets: inherit passes every secret of the repository to the called workflow.', 'Pass only the secrets it needs, by name.');
                checkSteps(get(job, 'steps'), untrusted);
            }
        }
        if (!get(root, 'permissions') && !((0,dist/* isMap */.jh)(jobs) && jobs.items.length > 0 && everyJobHasPermissions)) {
            const jobsKey = (0,dist/* isMap */.jh)(root) ? root.items.find((p) => (0,dist.isScalar)(p.key) && p.key.value === 'jobs')?.key : undefined;
            add('workflow/missing-permissions', lines.line(jobsKey) ?? 1, 'No top-level `permissions:`: the jobs get the repository default token permissions, which may include write access.', 'Add `permissions: contents: read` at the top and grant more per job where needed.');
        }
    }
    else if (isActionPath(path)) {
        const runs = get(root, 'runs');
        if (str(get(runs, 'using')) === 'composite')
            checkSteps(get(runs, 'steps'), false);
    }
    return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
/** The problem with one shell line that installs a tool without a version, if any. */
function unpinnedInstall(line) {
    const l = line.replace(/#.*$/, '');
    if (/\b(?:curl|wget)\b[^|]*\|\s*(?:sudo\s+)?(?:ba|z|da)?sh\b/.test(l))
        return 'A script downloaded with curl/wget is piped to a shell: whatever the server sends runs, unverified.';
    const npx = /(?:^|[\s;&|(])npx\s+((?:-{1,2}[A-Za-z-]+(?:[= ]\S+)?\s+)*)([^\s-][^\s]*)/.exec(l);
    if (npx) {
        const flags = npx[1] ?? '';
        const pkg = npx[2];
        if (!/--no-install|--offline/.test(flags) && !/^@?[^@\s]+@[^\s]+$/.test(pkg) && !/^[.$/]/.test(pkg))
            return `\`npx ${pkg}\` runs whatever version the registry serves today.`;
    }
    const pip = /(?:^|[\s;&|(])(?:pip3?|python3?\s+-m\s+pip|uv\s+pip)\s+install\s+([^;&|#]*)/.exec(l);
    if (pip) {
        const args = pip[1].trim().split(/\s+/).filter(Boolean);
        const pkgs = [];
        for (let i = 0; i < args.length; i++) {
            const a = args[i];
            if (/^-(?:r|c|e|-requirement|-constraint|-editable|-index-url|-extra-index-url|i|-target|t|-prefix|f|-find-links)$/.test(a)) {
                i++;
                continue;
            }
            if (a.startsWith('-') || /^[.~/$]|:\/\/|\.whl$|\.tar\.gz$/.test(a))
                continue;
            pkgs.push(a.replace(/^["']|["']$/g, ''));
        }
        const unpinned = pkgs.filter((p) => !p.includes('=='));
        if (unpinned.length)
            return `\`pip install ${unpinned.join(' ')}\` without \`==version\` installs whatever the index serves today.`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/guard/src/scan.ts
/**
 * The guard scanner: every check over a list of entries, whatever listed them (`git ls-files`,
 * the index for `--staged`, a diff). Entries are read lazily and binary files are skipped by
 * content sniffing, so the caller never reads a file twice.
 *
 * Tricky rule: a file too large to read is reported (notice) as not scanned for secrets,
 * never silently passed.
 */





/** Texts without which no content check fires (secrets, conflict markers, a shebang). */
const CONTENT_TRIGGERS = [...SECRET_NEEDLES, '<<<<<<<', '#!'];
/** A regular expression source matching any of CONTENT_TRIGGERS. */
const TRIGGERS_SOURCE = CONTENT_TRIGGERS.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
/** Files whose every byte is checked whatever they hold: syntax, workflows. */
const NEEDS_CONTENT = /\.(?:json|ya?ml|toml)$/i;
const SYMLINK = 0o120000;
const SUBMODULE = 0o160000;
const TYPE_MASK = 0o170000;
const EMPTY = Buffer.alloc(0);
/** True when the file's every byte is checked whatever it holds (syntax, workflows, BOM/CRLF). */
function needsContent(path, opts = {}) {
    return (!!opts.forbidBom || !!opts.forbidCrlf || NEEDS_CONTENT.test(path) || isWorkflowPath(path) || isActionPath(path));
}
function scan(entries, opts = {}) {
    const s = scanner(entries, opts);
    for (const e of entries)
        s.add(e);
    return s.finish();
}
/**
 * The scan one entry at a time, for a caller that reads the files itself (in another thread):
 * `add` each of `entries` (with what was read for it, or null when it is gone), then `finish`
 * adds the checks across paths.
 */
function scanner(entries, opts = {}) {
    const maxFile = opts.maxFileBytes ?? 500 * 1024;
    const maxScan = opts.maxScanBytes ?? 8 * 1024 * 1024;
    const doFiles = opts.files !== false;
    const findings = [];
    const skipped = { binary: 0, submodules: 0, tooLargeToRead: 0, prefiltered: 0 };
    let scanned = 0;
    // Every path and folder, for symlink targets: built at the first symlink only.
    let knownSet;
    const known = () => {
        if (knownSet)
            return knownSet;
        knownSet = new Set();
        for (const p of [...(opts.allPaths ?? []), ...entries.map((e) => e.path)]) {
            knownSet.add(p);
            for (let i = p.indexOf('/'); i > 0; i = p.indexOf('/', i + 1))
                knownSet.add(p.slice(0, i));
        }
        return knownSet;
    };
    const push = (fs, lines) => {
        for (const f of fs) {
            if ('fingerprint' in f)
                findings.push(f);
            else
                findings.push({
                    ...f,
                    fingerprint: (0,src_findings/* fingerprint */.Rj)(f, f.line !== undefined && lines ? lines.text(f.line) : undefined),
                });
        }
    };
    const add = (e, pre) => {
        const type = e.mode & TYPE_MASK;
        if (type === SUBMODULE) {
            skipped.submodules++;
            return;
        }
        let size = e.size;
        let target = e.symlinkTarget;
        let data;
        const statOnly = pre ? pre.clean === true : e.clean === true && !needsContent(e.path, opts);
        if (pre !== undefined || e.load) {
            const loaded = pre !== undefined ? pre : e.load(maxScan, statOnly);
            if (!loaded)
                return;
            ({ size, data } = loaded);
            target = loaded.symlinkTarget;
        }
        if (type === SYMLINK || target !== undefined) {
            if (doFiles && target !== undefined)
                push(brokenSymlink(e.path, target, (p) => known().has(p)));
            return;
        }
        if (doFiles && size > maxFile)
            push(sizeCheck(e.path, size, maxFile));
        if (size > maxScan) {
            skipped.tooLargeToRead++;
            push([
                {
                    tool: 'guard',
                    rule: 'file/not-scanned',
                    severity: 'notice',
                    path: e.path,
                    message: `Not scanned for secrets or syntax: the file is larger than ${Math.round(maxScan / 1024 / 1024)} MiB.`,
                },
            ]);
            return;
        }
        if (statOnly) {
            // No '#!' anywhere: only an executable bit can be wrong.
            if (doFiles && e.mode & 0o111)
                push(shebangVsMode(e.path, EMPTY, e.mode));
            skipped.prefiltered++;
            return;
        }
        const buf = pre?.binary ? EMPTY : (data ?? e.read());
        if (pre?.binary || isBinary(buf)) {
            skipped.binary++;
            return;
        }
        scanned++;
        const src = buf.toString('utf8');
        let lines;
        const lineIndex = () => (lines ??= new LineIndex(src));
        if (opts.secrets !== false)
            push(findSecrets(e.path, src, { entropy: opts.entropy }));
        if (doFiles) {
            const fs = [
                ...shebangVsMode(e.path, buf, e.mode),
                ...conflictMarkers(e.path, src),
                ...syntaxErrors(e.path, src),
                ...textPolicy(e.path, src, { forbidBom: opts.forbidBom, forbidCrlf: opts.forbidCrlf }),
            ];
            if (fs.length)
                push(fs, lineIndex());
        }
        if (opts.workflows !== false && (isWorkflowPath(e.path) || isActionPath(e.path))) {
            const fs = checkWorkflow(e.path, src, { severities: opts.workflowSeverities });
            if (fs.length)
                push(fs, lineIndex());
        }
    };
    const finish = () => {
        if (doFiles) {
            let paths = entries.map((e) => e.path);
            if (opts.allPaths) {
                const listed = new Set(opts.allPaths);
                paths = [...opts.allPaths, ...paths.filter((p) => !listed.has(p))];
            }
            const collisions = caseCollisions(paths);
            if (collisions.length) {
                const changed = new Set();
                for (const e of entries) {
                    changed.add(e.path);
                    for (let i = e.path.indexOf('/'); i > 0; i = e.path.indexOf('/', i + 1))
                        changed.add(e.path.slice(0, i));
                }
                push(collisions.filter((f) => changed.has(f.path)));
            }
        }
        return { findings, scanned, skipped };
    };
    return { add, finish };
}

// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
;// CONCATENATED MODULE: ./packages/guard/src/baseline.ts
/**
 * Baseline (allowlist) of accepted findings: fingerprints, each with a reason.
 *
 * Tricky rule: a baseline entry silences only the finding with its fingerprint, which hashes
 * the content (not the line number), so a new finding of the same rule in the same file is
 * still reported.
 */

function parseBaseline(text, file) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        throw new errors/* FileFormatError */.sY(file, undefined, `is not valid JSON (${e.message}).`, 'Regenerate it with `quality guard --update-baseline`.');
    }
    const d = data;
    if (!d || typeof d !== 'object' || d.version !== 1 || !Array.isArray(d.entries))
        throw new errors/* FileFormatError */.sY(file, undefined, 'expected {"version": 1, "entries": [...]}.', 'Regenerate it with `quality guard --update-baseline`.');
    const entries = d.entries.map((e, i) => {
        const x = e;
        if (!x || typeof x.fingerprint !== 'string' || !/^[0-9a-f]{32}$/.test(x.fingerprint))
            throw new errors/* FileFormatError */.sY(file, undefined, `entries[${i}]: "fingerprint" must be the 32 hex characters a finding reports.`);
        if (typeof x.reason !== 'string' || !x.reason.trim())
            throw new errors/* FileFormatError */.sY(file, undefined, `entries[${i}] (${x.path ?? 'unknown path'}): "reason" is missing.`, 'Say why this finding is accepted.');
        return { fingerprint: x.fingerprint, rule: String(x.rule ?? ''), path: String(x.path ?? ''), reason: x.reason };
    });
    return { version: 1, entries };
}
function applyBaseline(findings, baseline) {
    const known = new Map(baseline.entries.map((e) => [e.fingerprint, e]));
    const used = new Set();
    const kept = [];
    const suppressed = [];
    for (const f of findings) {
        if (known.has(f.fingerprint)) {
            suppressed.push(f);
            used.add(f.fingerprint);
        }
        else
            kept.push(f);
    }
    return { kept, suppressed, unused: baseline.entries.filter((e) => !used.has(e.fingerprint)) };
}
/**
 * The baseline file for `findings`: reasons of entries already in `previous` are kept,
 * entries whose finding is gone are dropped, new ones get `reason`. Sorted for stable diffs.
 */
function writeBaseline(findings, previous, reason = 'Accepted when the baseline was written: review and replace this reason.') {
    const old = new Map(previous?.entries.map((e) => [e.fingerprint, e.reason]));
    const byFp = new Map();
    for (const f of findings)
        byFp.set(f.fingerprint, {
            fingerprint: f.fingerprint,
            rule: f.rule,
            path: f.path,
            reason: old.get(f.fingerprint) ?? reason,
        });
    const entries = [...byFp.values()].sort((a, b) => a.path < b.path
        ? -1
        : a.path > b.path
            ? 1
            : a.rule < b.rule
                ? -1
                : a.rule > b.rule
                    ? 1
                    : a.fingerprint < b.fingerprint
                        ? -1
                        : 1);
    return `${JSON.stringify({ version: 1, entries }, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./packages/guard/src/levels.ts
/** The findings with each named rule's severity, those of an `off` rule left out. */
function applyRuleLevels(findings, rules) {
    return findings.flatMap((f) => {
        const level = Object.hasOwn(rules, f.rule) ? rules[f.rule] : undefined;
        return level === 'off' ? [] : level ? [{ ...f, severity: level }] : [f];
    });
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./packages/guard/src/reader.ts
/**
 * Reads the work tree's files in a worker thread while the main thread scans: the system calls
 * (open, read, close) and the cheap tests (binary: a NUL in the first 8000 bytes; clean: none of
 * CONTENT_TRIGGERS) run there, and only the bytes a check needs cross over, in batches of about
 * 1 MB transferred without a copy. The worker is source text (no module to bundle or locate).
 *
 * Tricky rule: at most MAX_IN_FLIGHT batches wait for the scan (a shared counter the worker
 * blocks on), so a slow scan never holds the repository in memory.
 */

/** What the reader is told about each path: read it (clean when no trigger is in it), read it
 * and keep every byte (a check reads the whole file whatever it holds), or skip it (submodule). */
const READ_PREFILTER = 0;
const READ_CONTENT = 1;
const READ_SKIP = 2;
const MAX_IN_FLIGHT = 8;
// Record kinds (the worker's numbers): 0 gone, 1 symlink, 2 size only (above maxScan),
// 3 binary, 4 clean, 5 bytes at [offset, offset + length) of the batch.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { root, paths, how, maxScan, triggers, inFlight, maxInFlight } = workerData;
const C = fs.constants;
const FLAGS = C.O_RDONLY | (C.O_NOFOLLOW || 0) | (C.O_NONBLOCK || 0);
const ANY = triggers === null ? null : new RegExp(triggers);
const BATCH = 1 << 20;
let scratch = Buffer.allocUnsafe(1 << 20);
let batch = Buffer.from(new ArrayBuffer(BATCH));
let used = 0;
let recs = [];
let targets = {};
function flush() {
  if (recs.length === 0) return;
  for (let v = Atomics.load(inFlight, 0); v >= maxInFlight; v = Atomics.load(inFlight, 0)) Atomics.wait(inFlight, 0, v, 100);
  Atomics.add(inFlight, 0, 1);
  parentPort.postMessage({ recs, targets, buf: batch.buffer }, [batch.buffer]);
  batch = Buffer.from(new ArrayBuffer(BATCH));
  used = 0;
  recs = [];
  targets = {};
}
function rec(i, kind, size, data) {
  let off = 0;
  let len = 0;
  if (data) {
    if (used + data.length > batch.length) {
      flush();
      if (data.length > batch.length) batch = Buffer.from(new ArrayBuffer(data.length));
    }
    data.copy(batch, used);
    off = used;
    len = data.length;
    used += len;
  }
  recs.push(i, kind, size, off, len);
  if (recs.length >= 5 * 2048) flush();
}
function one(i) {
  const abs = root + '/' + paths[i];
  let fd;
  try {
    fd = fs.openSync(abs, FLAGS);
  } catch (e) {
    if (e && (e.code === 'ELOOP' || e.code === 'EMLINK')) {
      try {
        targets[i] = fs.readlinkSync(abs);
        return rec(i, 1, 0);
      } catch {}
    }
    return rec(i, 0, 0);
  }
  let size;
  let data;
  try {
    let n = fs.readSync(fd, scratch, 0, scratch.length, 0);
    data = scratch.subarray(0, n);
    size = n;
    if (n === scratch.length) {
      const st = fs.fstatSync(fd);
      if (!st.isFile()) return rec(i, 0, 0);
      if (st.size > maxScan) return rec(i, 2, st.size);
      if (st.size > scratch.length) {
        const bigger = Buffer.allocUnsafe(st.size);
        scratch.copy(bigger, 0, 0, n);
        for (let r = 1; n < st.size && r > 0; n += r) r = fs.readSync(fd, bigger, n, st.size - n, n);
        data = bigger.subarray(0, n);
        size = st.size;
      }
    }
  } catch {
    return rec(i, 0, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (size > maxScan) return rec(i, 2, size);
  if (data.subarray(0, 8000).includes(0)) return rec(i, 3, size);
  if (how[i] === 0 && ANY !== null && !ANY.test(data.toString('utf8'))) return rec(i, 4, size);
  rec(i, 5, size, data);
}
for (let i = 0; i < paths.length; i++) if (how[i] !== 2) one(i);
flush();
parentPort.postMessage({ done: true });
`;
/** The worker could not run (not an error of the scan): the caller reads in this thread instead. */
class ReaderUnavailable extends Error {
    name = 'ReaderUnavailable';
}
/**
 * Read `paths` (repository-relative, under `root`) in a worker and call `onFile` for each one
 * not skipped, in order, with what was read (null: gone or not a file). `triggers` is a regular
 * expression source; a file it does not match is `clean` unless read as Content; null: never clean.
 */
function readInWorker(root, paths, how, opts, onFile) {
    return new Promise((resolve, reject) => {
        const inFlight = new Int32Array(new SharedArrayBuffer(4));
        let worker;
        try {
            worker = new external_node_worker_threads_.Worker(WORKER, {
                eval: true,
                workerData: {
                    root,
                    paths,
                    how,
                    maxScan: opts.maxScan,
                    triggers: opts.triggers,
                    inFlight,
                    maxInFlight: MAX_IN_FLIGHT,
                },
                stdout: false,
                stderr: false,
            });
        }
        catch (e) {
            reject(new ReaderUnavailable(`the reader thread could not start: ${e.message}`));
            return;
        }
        let settled = false;
        let seen = 0;
        const settle = (e) => {
            if (settled)
                return;
            settled = true;
            if (e === undefined)
                resolve();
            else {
                void worker.terminate();
                reject(e);
            }
        };
        worker.on('message', (m) => {
            if (settled)
                return;
            if (m.done)
                return settle();
            const { recs = [], targets = {}, buf } = m;
            const bytes = buf ? Buffer.from(buf) : Buffer.alloc(0);
            try {
                for (let r = 0; r < recs.length; r += 5) {
                    const i = recs[r];
                    const kind = recs[r + 1];
                    const size = recs[r + 2];
                    seen++;
                    if (kind === 0)
                        onFile(i, null);
                    else if (kind === 1)
                        onFile(i, { size: 0, symlinkTarget: targets[i] });
                    else if (kind === 2)
                        onFile(i, { size });
                    else if (kind === 3)
                        onFile(i, { size, binary: true });
                    else if (kind === 4)
                        onFile(i, { size, clean: true });
                    else
                        onFile(i, { size, data: bytes.subarray(recs[r + 3], recs[r + 3] + recs[r + 4]) });
                }
            }
            catch (e) {
                settle(e); // the scan's own error: not retried
                return;
            }
            finally {
                Atomics.sub(inFlight, 0, 1);
                Atomics.notify(inFlight, 0);
            }
        });
        worker.on('error', (e) => settle(seen === 0 ? new ReaderUnavailable(`the reader thread failed: ${e.message}`) : e));
        worker.on('exit', (code) => settle(new Error(`the reader thread stopped (exit code ${code}) before it was done`)));
    });
}

// EXTERNAL MODULE: ./packages/kit/src/git.ts + 1 modules
var git = __webpack_require__(3137);
;// CONCATENATED MODULE: ./packages/guard/src/source.ts
/**
 * What the guard reads from git: the tracked files (`git ls-files -s -z`, once), the work tree's
 * copy of each, or the index's blobs through one `git cat-file --batch` process.
 *
 * Tricky rule: a work-tree symlink is read as a link (lstat), never followed, so a link that
 * points out of the repository is never read.
 */





const SYMLINK_MODE = 0o120000;
const SUBMODULE_MODE = 0o160000;
/** `git ls-files -s -z`: every index entry (or only `paths`), repository-relative. */
async function indexEntries(root, paths) {
    const args = ['ls-files', '-s', '-z', '--full-name'];
    if (paths) {
        if (paths.length === 0)
            return [];
        args.push('--', ...paths.map((p) => `:(literal)${p}`));
    }
    const out = (await (0,git/* runGit */.EO)(root, args)).stdout.toString('utf8');
    const entries = [];
    let seen = '';
    for (let s = 0; s < out.length;) {
        let e = out.indexOf('\0', s);
        if (e < 0)
            e = out.length;
        const line = out.slice(s, e);
        s = e + 1;
        const tab = line.indexOf('\t');
        if (tab < 0)
            continue;
        const path = line.slice(tab + 1);
        if (path === seen)
            continue; // unmerged entries list one path up to three times
        seen = path;
        const sp = line.indexOf(' ');
        entries.push({ mode: parseInt(line.slice(0, sp), 8), object: line.slice(sp + 1, line.indexOf(' ', sp + 1)), path });
    }
    return entries;
}
/** `git ls-files -z --full-name`: every index path, names only (no modes, half the bytes). */
async function indexPaths(root) {
    return (await (0,git/* runGit */.EO)(root, ['ls-files', '-z', '--full-name'])).stdout.toString('utf8');
}
/**
 * Of a NUL-separated index listing, the few paths the file checks of a small change need: those
 * that differ only by case from a changed path or one of its folders (a collision), and one path
 * at or under each symlink target of the change (the target exists). The checks then see a
 * handful of paths, not the whole repository; the findings are the same.
 *
 * Tricky rule: a path's folders are walked from the top and the walk stops at the first folder
 * no changed path shares (case-insensitively), so most paths cost one comparison.
 */
function relatedPaths(listing, changed, symlinks = new Map()) {
    const exact = new Set();
    const lower = new Set();
    const note = (p) => {
        exact.add(p);
        lower.add(p.toLowerCase());
    };
    for (const p of changed) {
        note(p);
        for (let i = p.indexOf('/'); i > 0; i = p.indexOf('/', i + 1))
            note(p.slice(0, i));
    }
    // A target inside the repository, as brokenSymlink resolves it.
    const targets = new Set();
    for (const [path, target] of symlinks) {
        const t = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(path), target)).replace(/\/$/, '');
        if (!external_node_path_.posix.isAbsolute(target) && t !== '..' && !t.startsWith('../'))
            targets.add(t);
    }
    const out = [];
    for (let s = 0; s < listing.length;) {
        let e = listing.indexOf('\0', s);
        if (e < 0)
            e = listing.length;
        const p = listing.slice(s, e);
        s = e + 1;
        if (!p)
            continue;
        let keep = false;
        const low = p.toLowerCase();
        for (let i = 0;;) {
            const j = low.indexOf('/', i);
            const end = j < 0 ? low.length : j;
            if (!lower.has(low.slice(0, end)))
                break;
            if (!exact.has(p.slice(0, end))) {
                keep = true;
                break;
            }
            if (j < 0)
                break;
            i = j + 1;
        }
        if (!keep && targets.size) {
            if (targets.has(p))
                keep = true;
            else
                for (let i = p.indexOf('/'); i > 0 && !keep; i = p.indexOf('/', i + 1))
                    keep = targets.has(p.slice(0, i));
        }
        if (keep)
            out.push(p);
    }
    return out;
}
/** One scratch buffer for every work-tree read: most files fit, so a read allocates nothing. */
let scratch = Buffer.allocUnsafe(1 << 20);
const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0);
/**
 * Open, read and close: three system calls for a file that fits the scratch buffer (a short
 * read of a regular file is its end). O_NOFOLLOW: a symlink is never followed (ELOOP), its
 * target is read instead; O_NONBLOCK: a FIFO in the work tree cannot hang the scan.
 */
function loadFile(abs, maxBytes, statOnly = false) {
    if (statOnly) {
        try {
            const st = (0,external_node_fs_.lstatSync)(abs);
            if (st.isSymbolicLink())
                return { size: 0, symlinkTarget: (0,external_node_fs_.readlinkSync)(abs) };
            return st.isFile() ? { size: st.size } : undefined;
        }
        catch {
            return undefined;
        }
    }
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(abs, OPEN_FLAGS);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ELOOP' || code === 'EMLINK') {
            try {
                return { size: 0, symlinkTarget: (0,external_node_fs_.readlinkSync)(abs) };
            }
            catch {
                return undefined;
            }
        }
        return undefined; // deleted in the work tree: nothing to scan
    }
    try {
        let n = (0,external_node_fs_.readSync)(fd, scratch, 0, scratch.length, 0);
        if (n < scratch.length)
            return { size: n, data: scratch.subarray(0, n) };
        const st = (0,external_node_fs_.fstatSync)(fd);
        if (!st.isFile())
            return undefined;
        if (st.size > maxBytes)
            return { size: st.size };
        if (st.size > scratch.length) {
            const bigger = Buffer.allocUnsafe(st.size);
            scratch.copy(bigger, 0, 0, n);
            scratch = bigger.length <= 64 << 20 ? bigger : scratch;
            for (let r = 1; n < st.size && r > 0; n += r)
                r = (0,external_node_fs_.readSync)(fd, bigger, n, st.size - n, n);
            return { size: st.size, data: bigger.subarray(0, n) };
        }
        return { size: n, data: scratch.subarray(0, n) };
    }
    catch {
        return undefined; // a directory (EISDIR) or a file that vanished: not a file to scan
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * The work tree's copy of a tracked file, read lazily by the scan. The mode is the index's:
 * git records the executable bit there, whatever the file system says.
 */
function workTreeEntry(root, path, mode, clean = false) {
    const abs = (0,external_node_path_.join)(root, path);
    const entry = {
        path,
        mode,
        size: 0,
        clean,
        read: () => entry.load(Infinity)?.data ?? Buffer.alloc(0),
        load: (maxBytes, statOnly) => loadFile(abs, maxBytes, statOnly),
    };
    return entry;
}
/**
 * What the reader thread finds for one file (see reader.ts), in this thread: for small scopes,
 * and when no worker can start. `how` is READ_PREFILTER or READ_CONTENT.
 */
function readWorkTreeFile(root, path, how, maxScan, triggers) {
    const l = loadFile((0,external_node_path_.join)(root, path), maxScan);
    if (!l)
        return null;
    if (l.symlinkTarget !== undefined)
        return { size: 0, symlinkTarget: l.symlinkTarget };
    if (l.data === undefined || l.size > maxScan)
        return { size: l.size };
    if (isBinary(l.data))
        return { size: l.size, binary: true };
    if (how === READ_PREFILTER && triggers && !triggers.test(l.data.toString('utf8')))
        return { size: l.size, clean: true };
    return { size: l.size, data: l.data };
}
/**
 * `git cat-file --batch` of `specs` (object names or `rev:path`), in order: each answer is a
 * header `<object> <type> <size>\n`, the bytes, then `\n`; `<spec> missing\n` when there is no
 * such object (undefined).
 */
async function catFile(root, specs) {
    if (specs.length === 0)
        return [];
    const raw = (await (0,git/* runGit */.EO)(root, ['cat-file', '--batch'], { input: `${specs.join('\n')}\n` })).stdout;
    const out = [];
    let off = 0;
    for (const spec of specs) {
        const nl = raw.indexOf(10, off);
        if (nl < 0)
            throw new Error(`git cat-file --batch ended before ${spec}`);
        const header = raw.toString('utf8', off, nl);
        off = nl + 1;
        if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
            out.push(undefined);
            continue;
        }
        const m = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
        if (!m)
            throw new Error(`git cat-file --batch: ${header.slice(0, 80)}`);
        const size = Number(m[3]);
        out.push({ type: m[2], data: raw.subarray(off, off + size) });
        off += size + 1;
    }
    return out;
}
/**
 * The contents of many blobs through one `git cat-file --batch`. A missing object is an error
 * (the index named it, so the repository is broken).
 */
async function readBlobs(root, objects) {
    const wanted = [...new Set(objects)];
    const answers = await catFile(root, wanted);
    const out = new Map();
    wanted.forEach((name, i) => {
        const a = answers[i];
        if (!a)
            throw new Error(`git cat-file --batch: ${name} missing`);
        out.set(name, a.data);
    });
    return out;
}
/** The names in a git tree object: `<mode> <name>\0<binary object name>` each. */
function treeNames(tree, hashBytes) {
    const names = [];
    for (let off = 0; off < tree.length;) {
        const sp = tree.indexOf(32, off);
        const nul = tree.indexOf(0, sp + 1);
        if (sp < 0 || nul < 0)
            break;
        names.push(tree.toString('utf8', sp + 1, nul));
        off = nul + 1 + hashBytes;
    }
    return names;
}
/**
 * The staged files (added, copied, modified, type-changed; renames as their new path) as the
 * next commit holds them, and the few other index paths their checks need (see relatedPaths).
 * Two git calls for any size of repository: `git diff --cached --raw` names each new blob and
 * mode (and the deletions), then one `git cat-file --batch` reads the blobs and the HEAD trees
 * of the folders on their paths, which are all a case collision can involve (the index is HEAD
 * plus the staged changes). `related` is undefined when that is not enough to know (a staged
 * symlink, a folder emptied by staged deletions): then list the index.
 */
async function stagedChange(root) {
    const raw = (await (0,git/* runGit */.EO)(root, ['diff', '--cached', '--raw', '-z', '--no-renames', '--no-abbrev'])).stdout.toString('utf8');
    // Each change: ":<old mode> <new mode> <old sha> <new sha> <status>\0<path>\0".
    const fields = raw.split('\0');
    const index = [];
    const deleted = [];
    let hashBytes = 20;
    for (let i = 0; i + 1 < fields.length; i += 2) {
        const meta = fields[i].split(' ');
        if (meta.length < 5)
            break;
        hashBytes = meta[3].length / 2;
        if (meta[4].startsWith('D'))
            deleted.push(fields[i + 1]);
        else
            index.push({ mode: parseInt(meta[1], 8), object: meta[3], path: fields[i + 1] });
    }
    const blobs = [...new Set(index.filter((e) => e.mode !== SUBMODULE_MODE).map((e) => e.object))];
    const exact = new Set();
    const lower = new Set();
    const dirs = new Set(['']);
    for (const e of index) {
        exact.add(e.path);
        lower.add(e.path.toLowerCase());
        for (let i = e.path.indexOf('/'); i > 0; i = e.path.indexOf('/', i + 1)) {
            const d = e.path.slice(0, i);
            exact.add(d);
            lower.add(d.toLowerCase());
            dirs.add(d);
        }
    }
    const dirList = [...dirs].filter((d) => !d.includes('\n'));
    const answers = await catFile(root, [...blobs, ...dirList.map((d) => `HEAD:${d}`)]);
    const blobOf = new Map(blobs.map((b, i) => [b, answers[i]]));
    for (const [b, a] of blobOf)
        if (!a)
            throw new Error(`git cat-file --batch: ${b} missing`);
    const entries = index.map((e) => {
        if (e.mode === SUBMODULE_MODE)
            return { path: e.path, mode: e.mode, size: 0, read: () => Buffer.alloc(0) };
        const blob = blobOf.get(e.object).data;
        if (e.mode === SYMLINK_MODE)
            return { path: e.path, mode: e.mode, size: 0, symlinkTarget: blob.toString('utf8'), read: () => Buffer.alloc(0) };
        return { path: e.path, mode: e.mode, size: blob.length, read: () => blob };
    });
    if (dirList.length < dirs.size || entries.some((e) => e.symlinkTarget !== undefined))
        return { entries };
    const gone = new Set(deleted);
    const related = [];
    for (const [k, d] of dirList.entries()) {
        const tree = answers[blobs.length + k];
        if (tree?.type !== 'tree')
            continue; // no HEAD yet, or a folder HEAD does not have
        for (const name of treeNames(tree.data, hashBytes)) {
            const full = d ? `${d}/${name}` : name;
            if (exact.has(full) || gone.has(full) || !lower.has(full.toLowerCase()))
                continue;
            if (deleted.some((p) => p.startsWith(`${full}/`)))
                return { entries };
            related.push(full);
        }
    }
    return { entries, related };
}
/** The staged files as the next commit holds them (see stagedChange). */
async function stagedEntries(root) {
    return (await stagedChange(root)).entries;
}
/** The commits of `from..to` (newest first) with their full messages: `git log -z`. */
async function commitMessages(root, from, to, max = 1000) {
    const out = (await runGit(root, [
        'log',
        '-z',
        `--max-count=${max}`,
        '--format=%H%n%B',
        '--end-of-options',
        `${from}..${to}`,
        '--',
    ])).stdout.toString('utf8');
    return out
        .split('\0')
        .filter(Boolean)
        .map((c) => {
        const nl = c.indexOf('\n');
        return { sha: nl < 0 ? c : c.slice(0, nl), message: nl < 0 ? '' : c.slice(nl + 1).replace(/\n+$/, '') };
    });
}

;// CONCATENATED MODULE: ./packages/guard/src/run.ts
/**
 * The guard in one call, for the CLI, the hooks and the action: list the files of a scope from
 * git, scan them, keep only what the change adds, apply the baseline.
 *
 * Tricky rule: in a change scope a finding about a line counts only when the change added that
 * line; a finding about a whole file (size, syntax, symlink) counts when the file changed.
 */





async function runGuard(opts) {
    const { root, scope, baseline, prefilter = true, worker, ...scanOpts } = opts;
    let entries;
    let allPaths;
    if (scope.kind === 'staged') {
        // A few staged files: the checks need only the index paths that collide with them by case
        // or that their symlinks point at, not the whole index (100,000 paths cost 300 ms to walk).
        const staged = await stagedChange(root);
        entries = staged.entries;
        if (staged.related)
            allPaths = staged.related;
        else {
            const links = new Map();
            for (const e of entries)
                if (e.symlinkTarget !== undefined)
                    links.set(e.path, e.symlinkTarget);
            allPaths = relatedPaths(await indexPaths(root), entries.map((e) => e.path), links);
        }
    }
    else if (scope.kind === 'change') {
        const all = await indexEntries(root);
        allPaths = all.map((e) => e.path);
        const modeOf = new Map(all.map((e) => [e.path, e.mode]));
        entries = [...scope.added.keys()].map((p) => workTreeEntry(root, p, modeOf.get(p) ?? 0o100644));
    }
    else {
        const all = await indexEntries(root);
        allPaths = all.map((e) => e.path);
        entries = all.map((e) => workTreeEntry(root, e.path, e.mode));
    }
    const result = scope.kind === 'all'
        ? await scanWorkTree(root, entries, { ...scanOpts, allPaths }, prefilter, worker ?? entries.length >= 2000)
        : scan(entries, { ...scanOpts, allPaths });
    let inScope = result.findings;
    if (scope.kind === 'change') {
        const added = scope.added;
        inScope = inScope.filter((f) => f.line === undefined || added.get(f.path)?.has(f.line));
    }
    const applied = baseline
        ? applyBaseline(inScope, baseline)
        : { kept: inScope, suppressed: [], unused: [] };
    return {
        findings: applied.kept,
        inScope,
        suppressed: applied.suppressed,
        unused: applied.unused,
        counts: (0,src_findings/* countFindings */.Gt)(applied.kept),
        files: entries.length,
        scanned: result.scanned,
        skipped: result.skipped,
    };
}
/**
 * Every tracked file of the work tree, read once (in a worker thread for a large repository,
 * while this one scans) and scanned in index order.
 */
async function scanWorkTree(root, entries, opts, prefilter, inWorker) {
    const maxScan = opts.maxScanBytes ?? 8 * 1024 * 1024;
    const how = new Uint8Array(entries.length);
    entries.forEach((e, i) => {
        how[i] = e.mode === SUBMODULE_MODE ? READ_SKIP : needsContent(e.path, opts) ? READ_CONTENT : READ_PREFILTER;
    });
    if (inWorker) {
        const s = scanner(entries, opts);
        try {
            await readInWorker(root, entries.map((e) => e.path), how, { maxScan, triggers: prefilter ? TRIGGERS_SOURCE : null }, (i, loaded) => s.add(entries[i], loaded));
            for (let i = 0; i < entries.length; i++)
                if (how[i] === READ_SKIP)
                    s.add(entries[i]);
            return s.finish();
        }
        catch (e) {
            if (!(e instanceof ReaderUnavailable))
                throw e;
            // No worker thread here: the same reads in this thread.
        }
    }
    const s = scanner(entries, opts);
    const triggers = prefilter ? new RegExp(TRIGGERS_SOURCE) : null;
    entries.forEach((e, i) => s.add(e, how[i] === READ_SKIP ? undefined : readWorkTreeFile(root, e.path, how[i], maxScan, triggers)));
    return s.finish();
}

;// CONCATENATED MODULE: ./packages/guard/src/index.ts










// EXTERNAL MODULE: ./packages/kit/src/escape.ts
var src_escape = __webpack_require__(6757);
// EXTERNAL MODULE: ./packages/cli/src/change.ts
var change = __webpack_require__(172);
// EXTERNAL MODULE: ./packages/cli/src/args.ts
var args = __webpack_require__(7109);
// EXTERNAL MODULE: ./packages/cli/src/config.ts
var config = __webpack_require__(6006);
;// CONCATENATED MODULE: ./packages/cli/src/commands/guard.ts
/**
 * `quality guard`: the guard rails (secrets, conflict markers, large or broken files, unsafe
 * workflows) on the repository's files. `--all` scans every tracked file; `--staged` the index
 * as it would be committed (what the pre-commit hook sees, not the work tree); `--base REF` only
 * what the change since the merge-base adds, so old findings do not block. A secret is never
 * printed: findings carry its first characters and length only.
 */










const HELP = `Usage: quality guard [--all | --staged | --base REF] [options]

The guard rails on your repository: credentials (AWS, GitHub, GitLab, Slack, Stripe, Google, npm,
private keys, JWTs, connection strings), merge-conflict markers, files over 500 KB, invalid
JSON/YAML/TOML, broken symlinks, shebang and executable bit, and workflows with unpinned or
injectable steps. A secret is never printed: only its first 4 characters and its length.

What is scanned:
  --all              every tracked file (the default)
  --staged           the index, as the next commit would hold it (the pre-commit hook's view)
  --base REF         what your change adds since the merge-base with REF (work tree included)

Options:
  --baseline FILE    accepted findings (fingerprints with a reason each): they do not count
  --update-baseline [FILE]
                     write the baseline (default .github/guard-baseline.json) from every tracked
                     file's findings: existing reasons kept, new entries get a reason to replace,
                     entries whose finding is gone removed
  --fail-level L     error (default), warning, any or none: the lowest severity that fails
  --root DIR         a directory inside the repository (default: the current directory)
  --json             print {"findings":[...],"counts":{...}}
${(0,args/* configHelp */.kt)()}
  -h, --help         show this help

Flags not given, and the rules (secrets, entropy, files, workflows, max-file-size-kb, forbid-crlf,
forbid-bom, rules: severity or off per rule id) are read from the guard section of
.github/quality.yml (or quality.yml).

Exit codes: 0 nothing at or above the fail level, 1 findings that fail, 2 a usage or configuration error.
`;
/** Where --update-baseline writes when no file is named, relative to the repository root. */
const DEFAULT_BASELINE = '.github/guard-baseline.json';
const OPTIONS = {
    ...args/* CONFIG_OPTION */.dG,
    all: { type: 'boolean' },
    staged: { type: 'boolean' },
    base: { type: 'string' },
    baseline: { type: 'string' },
    'update-baseline': { type: 'boolean' },
    'fail-level': { type: 'string' },
    root: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
const guardCommand = async (argv, io) => {
    const { values, positionals, inputs } = (0,args/* parse */.qg)(argv, OPTIONS, 1);
    if (values.help) {
        await io.stdout(HELP);
        return 0;
    }
    const modes = [values.all, values.staged, values.base !== undefined].filter(Boolean).length;
    if (modes > 1)
        throw new args/* UsageError */.eb('Give one of --all, --staged or --base REF.');
    const cwd = (0,args/* existingDir */.Tc)(io.cwd, values.root, '--root');
    let root;
    try {
        root = await (0,git/* repoRoot */.jv)(cwd);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`${cwd} is not inside a git repository: quality guard scans the files git tracks. Run it in your checkout.`);
    }
    // Flags not given: the guard section of the config file (a baseline path there is from the root).
    const cfg = await (0,config/* configured */.t)(inputs, 'guard', root, io);
    const failLevel = cfg.enum('--fail-level', ['error', 'warning', 'any', 'none'], 'error');
    const rules = (cfg.json('--rules') ?? {});
    if (values['update-baseline'] && modes > 0 && !values.all)
        throw new args/* UsageError */.eb('--update-baseline scans every tracked file: drop --staged and --base.');
    let scope;
    let scopeText;
    if (values.staged) {
        scope = { kind: 'staged' };
        scopeText = (n) => `the index (${n} staged file(s))`;
    }
    else if (values.base !== undefined) {
        const { base, mergeBase } = await (0,change/* changeBase */.s1)(root, values.base);
        // Loaded here: the coverage package is a third of the bundle, and a commit hook never needs it.
        const { parseDiff } = await __webpack_require__.e(/* import() */ 380).then(__webpack_require__.bind(__webpack_require__, 8380));
        const diff = parseDiff(await (0,change/* changeText */.k0)(root, mergeBase, false), { name: `git diff ${mergeBase.slice(0, 12)}` });
        scope = { kind: 'change', added: new Map(diff.files.map((f) => [f.path, new Set(f.added)])) };
        scopeText = (n) => `the change since the merge-base ${mergeBase.slice(0, 12)} with ${base} (${n} file(s))`;
    }
    else {
        scope = { kind: 'all' };
        scopeText = (n) => `every tracked file (${n})`;
    }
    const baselineArg = values.baseline ?? (values['update-baseline'] ? positionals[0] : undefined) ?? cfg.optional('--baseline');
    const fromConfig = values.baseline === undefined && positionals.length === 0 && baselineArg !== undefined;
    if (positionals.length && !values['update-baseline'])
        throw new args/* UsageError */.eb(`Unexpected argument '${positionals[0]}'.`);
    if (positionals.length && values.baseline !== undefined)
        throw new args/* UsageError */.eb('Give the baseline file once: --update-baseline FILE or --baseline FILE.');
    const baselineFile = baselineArg !== undefined
        ? fromConfig
            ? (0,external_node_path_.join)(root, baselineArg)
            : (0,args/* fromCwd */.Be)(io.cwd, baselineArg)
        : values['update-baseline']
            ? (0,external_node_path_.join)(root, DEFAULT_BASELINE)
            : undefined;
    let baseline;
    if (baselineFile !== undefined && !(values['update-baseline'] && !(0,external_node_fs_.existsSync)(baselineFile))) {
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(baselineFile, 'utf8');
        }
        catch {
            const where = fromConfig
                ? `${cfg.origin('--baseline')?.file ?? 'the config file'}: guard.baseline`
                : 'The baseline';
            throw new errors/* ConfigurationError */.j1(`${where} ${baselineFile} does not exist or cannot be read.`);
        }
        baseline = parseBaseline(text, baselineFile);
    }
    const result = await runGuard({
        root,
        scope,
        baseline,
        secrets: cfg.boolean('--secrets', true),
        entropy: cfg.boolean('--entropy', true),
        files: cfg.boolean('--files', true),
        workflows: cfg.boolean('--workflows', true),
        maxFileBytes: cfg.number('--max-file-size-kb', { integer: true, min: 1, default: 500 }) * 1024,
        forbidCrlf: cfg.boolean('--forbid-crlf', false),
        forbidBom: cfg.boolean('--forbid-bom', false),
    });
    if (values['update-baseline']) {
        const file = baselineFile;
        const kept = new Set(baseline?.entries.map((e) => e.fingerprint));
        const fresh = new Set(result.inScope.map((f) => f.fingerprint));
        const added = [...fresh].filter((f) => !kept.has(f)).length;
        const removed = [...kept].filter((f) => !fresh.has(f)).length;
        const tmp = `${file}.tmp-${process.pid}`;
        try {
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
            (0,external_node_fs_.writeFileSync)(tmp, writeBaseline(result.inScope, baseline));
            (0,external_node_fs_.renameSync)(tmp, file);
        }
        catch (e) {
            throw new errors/* ConfigurationError */.j1(`Could not write the baseline ${file}: ${e.message}. Check that its folder exists and is writable.`);
        }
        await io.stdout(`Wrote ${(0,external_node_path_.relative)(io.cwd, file) || file}: ${fresh.size} accepted finding(s), ${added} new (each with a reason to replace), ${fresh.size - added} kept, ${removed} stale removed.\n`);
        return 0;
    }
    // Per-rule severity or `off` from the config file.
    const findings = applyRuleLevels(result.findings, rules);
    const counts = (0,src_findings/* countFindings */.Gt)(findings);
    const suppressed = result.suppressed.length;
    const failed = (0,src_findings/* failsAt */.ZN)(findings, failLevel);
    if (values.json) {
        // Never the secret itself: the message already carries the redacted form.
        const out = findings.map((f) => ({
            rule: f.rule,
            severity: f.severity,
            path: f.path,
            line: f.line ?? null,
            message: f.message,
        }));
        await io.stdout(`${JSON.stringify({ findings: out, counts, suppressed, scanned: result.scanned })}\n`);
        return failed ? 1 : 0;
    }
    const lines = findings.map((f) => `${(0,src_escape/* escapeLine */.EH)(f.path)}${f.line !== undefined ? `:${f.line}` : ''}: ${f.severity} ${f.rule}: ${(0,src_escape/* escapeLine */.EH)(f.message)}`);
    lines.push(`Scanned ${scopeText(result.files)}: ${counts.error} error(s), ${counts.warning} warning(s), ${counts.notice} notice(s)` +
        (suppressed ? `; ${suppressed} accepted by the baseline` : '') +
        (result.skipped.binary ? `; ${result.skipped.binary} binary file(s) skipped` : '') +
        '.');
    await io.stdout(`${lines.join('\n')}\n`);
    return failed ? 1 : 0;
};


/***/ }),

/***/ 6006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ stepInputs),
/* harmony export */   t: () => (/* binding */ configured)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _quality_config_entry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4084);
/* harmony import */ var _quality_kit_escape__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6757);
/* harmony import */ var _quality_kit_git__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3137);
/* harmony import */ var _quality_kit_inputs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6415);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7109);
/**
 * The config file for a command: its section under the command's flags, flag `--x` falling back
 * to key `x` (so a flag given on the command line always wins). Found at the top level of the git
 * repository holding `dir` (else `dir` itself), or named by `--config FILE`; the YAML parser
 * loads only when a file exists.
 */






async function rootOf(dir) {
    try {
        return await (0,_quality_kit_git__WEBPACK_IMPORTED_MODULE_2__/* .repoRoot */ .jv)(dir);
    }
    catch {
        // Not in a git repository: the folder itself (quality coverage works outside git).
        return dir;
    }
}
/** `--config FILE` (relative to where the user is): a missing file is a usage error naming it. */
function explicitFile(flags, io) {
    const shown = flags.optional('--config');
    if (shown === undefined)
        return undefined;
    const path = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .fromCwd */ .Be)(io.cwd, shown);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--config ${shown}: the file does not exist (${path}).`);
    return { path, shown };
}
async function configured(inputs, section, dir, io) {
    const file = explicitFile(inputs, io);
    return (0,_quality_config_entry__WEBPACK_IMPORTED_MODULE_1__/* .withConfig */ .N)(inputs, section, { workspace: await rootOf(dir), eventName: io.env.GITHUB_EVENT_NAME, ...(file ? { file } : {}) }, (w) => io.stderr(`warning: ${(0,_quality_kit_escape__WEBPACK_IMPORTED_MODULE_5__/* .escapeLine */ .EH)(w)}\n`), '--');
}
/**
 * A command run as a composite action's step (`--github`): the step's `INPUT_*` variables, read
 * by the action input names (`fail-level`, as a JavaScript action reads them), over the section
 * of the workspace's config file: action input > config file > the reader's default (an empty
 * input is "not set"). A wrong input names the input, a wrong key its file, line and key.
 * `warn` gets the keys dropped on untrusted events (the runner's `::warning::`).
 */
async function stepInputs(section, workspace, io, warn) {
    return (0,_quality_config_entry__WEBPACK_IMPORTED_MODULE_1__/* .withConfig */ .N)(new _quality_kit_inputs__WEBPACK_IMPORTED_MODULE_3__/* .Inputs */ .G0((0,_quality_kit_inputs__WEBPACK_IMPORTED_MODULE_3__/* .envInputSource */ .lQ)(io.env)), section, {
        workspace: await rootOf(workspace),
        eventName: io.env.GITHUB_EVENT_NAME,
    }, warn);
}


/***/ }),

/***/ 4084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ withConfig),
/* harmony export */   n: () => (/* binding */ CONFIG_FILES)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7817);
/* harmony import */ var _quality_kit_inputs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6415);
/**
 * The one call an entry makes: its inputs over the config file's section. Actions pass the
 * workflow context (workspace, event name); the CLI passes the repository root and `prefix` '--'
 * (flag `--min-coverage` falls back to key `min-coverage`). The tricky rule: the YAML parser and
 * validator load only when a config file exists (import `@quality/config/entry`, not the index,
 * to keep them out of an entry's start-up). `place.file` names the file instead of searching.
 */




const CONFIG_FILES = ['.github/quality.yml', 'quality.yml'];
async function withConfig(inputs, section, place, warn = () => { }, prefix = '') {
    const { file } = place;
    if (file === undefined && !CONFIG_FILES.some((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(place.workspace, f))))
        return inputs;
    const { loadConfig, loadConfigFile, sectionValues } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(309)]).then(__webpack_require__.bind(__webpack_require__, 1309));
    const opts = { eventName: place.eventName };
    const cfg = file ? loadConfigFile(file.path, file.shown, opts) : loadConfig(place.workspace, opts);
    if (file && !cfg)
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`The config file ${file.shown} does not exist.`);
    for (const w of cfg?.warnings ?? [])
        warn(w);
    return inputs.withFallback((0,_quality_kit_inputs__WEBPACK_IMPORTED_MODULE_3__/* .configSource */ .qX)(sectionValues(cfg, section), prefix));
}


/***/ }),

/***/ 7080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ countFindings),
/* harmony export */   Hy: () => (/* binding */ planFindingAnnotations),
/* harmony export */   Rj: () => (/* binding */ fingerprint),
/* harmony export */   XJ: () => (/* binding */ renderFindingsSummary),
/* harmony export */   ZN: () => (/* binding */ failsAt)
/* harmony export */ });
/* unused harmony exports SEVERITIES, rankFindings, toAnnotation */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8238);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9703);
/**
 * One findings model for every tool (lint, format, guard): fingerprints, ranking for
 * annotations within GitHub's limits, and a Markdown summary that fits in 1 MiB.
 *
 * Tricky rule: renderers print only the fields of `Finding` listed here, so an engine may
 * carry extra data on a finding (a secret kept for masking) without it ever being printed.
 */



const SEVERITIES = (/* unused pure expression or super */ null && (['error', 'warning', 'notice']));
const RANK = { error: 0, warning: 1, notice: 2 };
/**
 * A stable identity for a finding: tool, rule, path and the content it is about (the text of
 * its line, whitespace-normalised, or the message when no line text is given). Line numbers
 * are left out so that a finding keeps its fingerprint when code above it moves.
 */
function fingerprint(finding, lineText) {
    const content = lineText !== undefined ? lineText.trim().replace(/\s+/g, ' ') : finding.message;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update([finding.tool, finding.rule, finding.path, content].join('\u0000'))
        .digest('hex')
        .slice(0, 32);
}
function countFindings(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const f of findings)
        counts[f.severity]++;
    return counts;
}
/** Whether a finding at or above `level` exists ('any' counts notices, 'none' never fails). */
function failsAt(findings, level) {
    if (level === 'none')
        return false;
    const max = level === 'error' ? 0 : level === 'warning' ? 1 : 2;
    return findings.some((f) => RANK[f.severity] <= max);
}
const onChanged = (f, changed) => f.line !== undefined && (changed?.get(f.path)?.has(f.line) ?? false);
/** Errors first, then findings on changed lines, then the rest; stable within each group. */
function rankFindings(findings, changed) {
    const key = (f) => (f.severity === 'error' ? 0 : onChanged(f, changed) ? 1 : 2);
    return findings
        .map((f, i) => ({ f, i, k: key(f) }))
        .sort((a, b) => a.k - b.k || RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i)
        .map(({ f }) => f);
}
function toAnnotation(f) {
    const a = {
        level: f.severity,
        title: `${f.tool}: ${f.rule}`,
        message: f.fix ? `${f.message}\n${f.fix}` : f.message,
        file: f.path,
    };
    if (f.line !== undefined)
        a.startLine = f.line;
    if (f.endLine !== undefined)
        a.endLine = f.endLine;
    // GitHub ignores columns on annotations that span lines.
    if (f.column !== undefined && (f.endLine === undefined || f.endLine === f.line)) {
        a.startColumn = f.column;
        if (f.endColumn !== undefined)
            a.endColumn = f.endColumn;
    }
    return a;
}
/**
 * Choose which findings become annotations within GitHub's limits (10 per type per step,
 * 50 per job by default) and count the rest so the summary can say how many were not shown.
 * Pass `perJob` lower than 50 when other steps of the job annotate too.
 */
function planFindingAnnotations(findings, opts = {}) {
    const byAnnotation = new Map();
    const annotations = findings.map((f) => {
        const a = toAnnotation(f);
        a.priority = onChanged(f, opts.changed) ? 1 : 0;
        byAnnotation.set(a, f);
        return a;
    });
    const plan = (0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .planAnnotations */ .mc)(annotations, opts.perType, opts.perJob);
    return {
        shown: plan.shown.map((annotation) => ({ finding: byAnnotation.get(annotation), annotation })),
        omitted: plan.omitted,
        omittedTotal: plan.omittedTotal,
    };
}
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/**
 * A Markdown summary of every finding, grouped by file then tool. When it would exceed
 * `maxBytes` (1 MiB), whole rows are dropped from the end and a line counts the findings and
 * files not listed.
 */
function renderFindingsSummary(findings, opts = {}) {
    const maxBytes = opts.maxBytes ?? _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.summaryBytes;
    const counts = countFindings(findings);
    const head = [];
    if (opts.title)
        head.push(`### ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(opts.title)}`, '');
    const files = new Set(findings.map((f) => f.path));
    head.push(findings.length === 0
        ? 'No findings.'
        : `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')} in ${plural(files.size, 'file')}.`);
    if (opts.plan && opts.plan.omittedTotal > 0) {
        head.push('', `> [!NOTE]\n> ${plural(opts.plan.omittedTotal, 'finding')} not shown as annotations (GitHub shows 10 per type per step and 50 per job): all are listed below.`);
    }
    const sorted = findings
        .map((f, i) => ({ f, i }))
        .sort((a, b) => (a.f.path < b.f.path ? -1 : a.f.path > b.f.path ? 1 : 0) ||
        (a.f.tool < b.f.tool ? -1 : a.f.tool > b.f.tool ? 1 : 0) ||
        (a.f.line ?? 0) - (b.f.line ?? 0) ||
        a.i - b.i)
        .map(({ f }) => f);
    // Reserve room for the closing note so that adding it never breaks the limit.
    const reserve = 512;
    const out = [head.join('\n')];
    let bytes = (0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .utf8Bytes */ .dy)(out[0]);
    let listed = 0;
    const listedFiles = new Set();
    const headers = ['Line', 'Severity', 'Rule', 'Message'];
    let i = 0;
    outer: while (i < sorted.length) {
        const path = sorted[i].path;
        const fileHead = `\n\n#### ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(path)}`;
        let first = true;
        while (i < sorted.length && sorted[i].path === path) {
            const tool = sorted[i].tool;
            const block = `${first ? fileHead : ''}\n\n**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(tool)}**\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(headers, [])}`;
            let rowsInBlock = 0;
            while (i < sorted.length && sorted[i].path === path && sorted[i].tool === tool) {
                const f = sorted[i];
                const where = f.line === undefined ? '' : `${f.line}${f.column !== undefined ? `:${f.column}` : ''}`;
                const msg = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(f.message) + (f.fix ? `<br>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(f.fix)}` : '');
                const row = `\n| ${where} | ${f.severity} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(f.rule)} | ${msg} |`;
                const add = (rowsInBlock === 0 ? block : '') + row;
                const n = (0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .utf8Bytes */ .dy)(add);
                if (bytes + n > maxBytes - reserve)
                    break outer;
                out.push(add);
                bytes += n;
                rowsInBlock++;
                listed++;
                listedFiles.add(path);
                i++;
            }
            first = false;
        }
    }
    if (listed < sorted.length) {
        const missingFiles = new Set(sorted.slice(listed).map((f) => f.path));
        for (const p of listedFiles)
            if (missingFiles.has(p))
                missingFiles.delete(p);
        const more = sorted.length - listed;
        out.push(`\n\n> [!WARNING]\n> ${plural(more, 'more finding')} (${plural(missingFiles.size, 'more file')}) not listed: the job summary is limited to 1 MiB. Run the command locally with \`--json\` for the full list.`);
    }
    // The reserve keeps us under the limit; fitSummary is the backstop should it not.
    return (0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .fitSummary */ .mW)(`${out.join('')}\n`, maxBytes).text;
}


/***/ }),

/***/ 8238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b1: () => (/* binding */ LIMITS),
/* harmony export */   dy: () => (/* binding */ utf8Bytes),
/* harmony export */   mW: () => (/* binding */ fitSummary),
/* harmony export */   mc: () => (/* binding */ planAnnotations),
/* harmony export */   pp: () => (/* binding */ checkOutputSize)
/* harmony export */ });
/* unused harmony exports truncateMarkdown, fitComment */
/**
 * GitHub's limits, as code. Each function is pure so that it can be tested without a runner.
 *
 * - Annotations: 10 per type (error, warning, notice) per step and 50 per job are shown;
 *   the rest are dropped silently by GitHub. We rank, keep the most important, and count
 *   what was not shown so the summary can say so.
 * - Job summary: 1 MiB per step (the upload fails above it).
 * - PR/issue comment body: 65,536 characters.
 * - Step outputs: 1 MB each, 50 MB per job.
 */
const LIMITS = {
    annotationsPerTypePerStep: 10,
    annotationsPerJob: 50,
    summaryBytes: 1024 * 1024,
    commentChars: 65_536,
    outputBytes: 1024 * 1024,
};
/**
 * Choose the annotations to emit: errors before warnings before notices, each ranked by
 * priority (stable), at most `perType` of each level and `perJob` in all.
 */
function planAnnotations(all, perType = LIMITS.annotationsPerTypePerStep, perJob = LIMITS.annotationsPerJob) {
    const levels = ['error', 'warning', 'notice'];
    const shown = [];
    const omitted = { error: 0, warning: 0, notice: 0 };
    for (const level of levels) {
        const ranked = all
            .map((a, i) => ({ a, i }))
            .filter(({ a }) => a.level === level)
            .sort((x, y) => (y.a.priority ?? 0) - (x.a.priority ?? 0) || x.i - y.i);
        for (const { a } of ranked) {
            if (shown.filter((s) => s.level === level).length < perType && shown.length < perJob)
                shown.push(a);
            else
                omitted[level]++;
        }
    }
    return { shown, omitted, omittedTotal: omitted.error + omitted.warning + omitted.notice };
}
/** Largest index <= max that does not split a UTF-16 surrogate pair. */
function safeCut(s, max) {
    if (max >= s.length)
        return s.length;
    const c = s.charCodeAt(max - 1);
    return c >= 0xd800 && c <= 0xdbff ? max - 1 : max;
}
/**
 * Cut Markdown to at most `max` units of `measure`, at a line boundary where possible, and
 * close what the cut left open (a code fence, <details> blocks), then add `notice`.
 * Returns the text unchanged when it fits.
 */
function truncateMarkdown(md, max, notice, measure = (s) => s.length) {
    if (measure(md) <= max)
        return { text: md, truncated: false };
    const tail = `\n\n${notice}\n`;
    let limit = Math.min(md.length, Math.max(0, max - measure(tail)));
    for (;;) {
        let cut = safeCut(md, limit);
        const nl = md.lastIndexOf('\n', cut);
        if (nl > cut / 2)
            cut = nl;
        const head = md.slice(0, cut).replace(/\s+$/, '');
        const closers = [];
        const fences = head.match(/^\s*(```|~~~)/gm)?.length ?? 0;
        if (fences % 2 === 1)
            closers.push('```');
        const opens = (head.match(/<details\b/gi) ?? []).length;
        const closes = (head.match(/<\/details>/gi) ?? []).length;
        for (let i = closes; i < opens; i++)
            closers.push('</details>');
        // The blank line before the notice ends any table the cut left open.
        const text = `${head}${closers.length ? `\n${closers.join('\n')}` : ''}${tail}`;
        if (measure(text) <= max || limit === 0)
            return { text, truncated: true };
        // Shrink by what overflowed (at least 1): bytes >= chars, so this converges quickly.
        limit = Math.max(0, Math.min(cut, limit) - Math.max(1, measure(text) - max));
    }
}
const utf8Bytes = (s) => Buffer.byteLength(s, 'utf8');
/** Fit a job summary into GitHub's 1 MiB limit (bytes of UTF-8). */
function fitSummary(md, maxBytes = LIMITS.summaryBytes) {
    return truncateMarkdown(md, maxBytes, '> [!WARNING]\n> This summary was truncated to fit GitHub\u2019s 1 MiB job summary limit. The full report is in the `report` output file.', utf8Bytes);
}
/** Fit a PR comment body into GitHub's 65,536-character limit. */
function fitComment(md, maxChars = LIMITS.commentChars) {
    return truncateMarkdown(md, maxChars, '> [!NOTE]\n> This comment was truncated to fit GitHub\u2019s 65,536-character limit. The job summary has the full report.', (s) => [...s].length);
}
/** Throws RangeError when an output value is larger than GitHub accepts. */
function checkOutputSize(name, value, maxBytes = LIMITS.outputBytes) {
    const n = utf8Bytes(value);
    if (n > maxBytes) {
        throw new RangeError(`output '${name}' is ${n} bytes: GitHub accepts at most ${maxBytes} bytes per output`);
    }
}


/***/ }),

/***/ 9703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony exports html, marker, pct */
/**
 * Markdown for job summaries and PR comments, with text from users escaped.
 *
 * File names, branch names and messages come from people who can open a pull request.
 * Escaped, they can neither break a table, start a heading or link, open HTML, close a
 * <details> block, nor @-mention anyone. Nothing here imports `@actions/core`.
 */
const HTML_ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '@': '&#64;',
};
/** ASCII punctuation that Markdown gives a meaning to; GFM lets any of it be backslash-escaped. */
const MD_SPECIAL = /[\\`*_{}[\]()#+\-.!|~:]/g;
/**
 * Escape user text for use inside Markdown prose or a table cell: one line, no markup,
 * no HTML, no mentions. Control characters become spaces.
 */
function text(s) {
    // Markdown escapes first, entities last: an entity's own '#' must not be backslash-escaped
    // (`&\#39;` renders as the six characters "&#39;", not as an apostrophe).
    return s
        .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
        .replace(MD_SPECIAL, (c) => `\\${c}`)
        .replace(/[&<>"'@]/g, (c) => HTML_ESCAPES[c]);
}
/** Escape for an HTML context (attribute values, <summary>), no Markdown escaping needed there. */
function html(s) {
    return s.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/[&<>"'@]/g, (c) => HTML_ESCAPES[c]);
}
/**
 * Inline code. The fence is one backtick longer than the longest run inside, so the text
 * cannot close it; pipes are escaped because GFM splits table cells before code spans.
 */
function code(s) {
    const one = s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\|/g, '\\|');
    let longest = 0;
    for (const m of one.matchAll(/`+/g))
        longest = Math.max(longest, m[0].length);
    const fence = '`'.repeat(longest + 1);
    const pad = one.startsWith('`') || one.endsWith('`') || one.startsWith(' ') ? ' ' : '';
    return `${fence}${pad}${one}${pad}${fence}`;
}
/**
 * A GFM table. Cells are Markdown already (escape user text with `text()` or `code()`
 * first); newlines in cells are folded so a row stays one line.
 */
function table(headers, rows, align) {
    const fold = (c) => c.replace(/\r?\n/g, ' ');
    const sep = headers.map((_, i) => {
        const a = align?.[i];
        return a === 'right' ? '---:' : a === 'center' ? ':---:' : '---';
    });
    const line = (cells) => `| ${cells.map(fold).join(' | ')} |`;
    return [line(headers), line(sep), ...rows.map((r) => line(headers.map((_, i) => r[i] ?? '')))].join('\n');
}
/** A collapsible block. `summary` is user-escaped here; `body` is Markdown. */
function details(summary, body) {
    return `<details><summary>${html(summary)}</summary>\n\n${body}\n\n</details>`;
}
/** A hidden marker that identifies a sticky comment. The id is restricted to safe characters. */
function marker(id) {
    return `<!-- quality:${id.replace(/[^A-Za-z0-9_.:/-]/g, '_')} -->`;
}
/** A percentage for display: never shows 100.00 unless it is 100, nor 0.00 unless 0. */
function pct(p, digits = 2) {
    if (p === null || !Number.isFinite(p))
        return 'n/a';
    const f = 10 ** digits;
    let v = Math.floor(p * f) / f;
    if (v === 0 && p > 0)
        v = 1 / f;
    return `${v.toFixed(digits)}%`;
}


/***/ })

};
