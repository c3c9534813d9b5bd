export const id = 554;
export const ids = [554];
export const modules = {

/***/ 1173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ot: () => (/* reexport */ Remotes),
  F0: () => (/* reexport */ pinCommand),
  _8: () => (/* reexport */ upgradeCommand)
});

// UNUSED EXPORTS: MissingRepository, applyEdits, findUses, listActionFiles, parseUses, parseVersion, pin, releaseTags, serverUrl, shown, upgrade

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/kit/src/git.ts + 1 modules
var git = __webpack_require__(3137);
;// CONCATENATED MODULE: ./packages/pin/src/files.ts
/**
 * The files pin and upgrade edit by default, and reading them so that writing back keeps
 * every byte: `.github/workflows/*.yml|yaml` and every `action.yml|yaml` under the root
 * (not following symbolic links, skipping `.git` and `node_modules`).
 */



const SKIP = new Set(['.git', 'node_modules']);
const MAX_BYTES = 4 * 1024 * 1024;
/** Workflow and action files under `root`, relative to it ('/'-separated), sorted. */
function listActionFiles(root) {
    const out = [];
    const walk = (rel) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, rel), { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            const path = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory() && !SKIP.has(e.name))
                walk(path);
            else if (e.isFile()) {
                if (/^action\.ya?ml$/.test(e.name) || (rel === '.github/workflows' && /\.ya?ml$/.test(e.name)))
                    out.push(path);
            }
        }
    };
    walk('');
    return out.sort();
}
/** A file's text; refused when it is not valid UTF-8 (it could not be written back unchanged) or huge. */
function readText(path, shown) {
    let buf;
    try {
        if ((0,external_node_fs_.statSync)(path).size > MAX_BYTES) {
            throw new errors/* FileFormatError */.sY(shown, undefined, `is larger than ${MAX_BYTES} bytes: not a workflow or action file.`);
        }
        buf = (0,external_node_fs_.readFileSync)(path);
    }
    catch (e) {
        if (e instanceof errors/* FileFormatError */.sY)
            throw e;
        const code = e.code ?? 'error';
        throw new errors/* FileFormatError */.sY(shown, undefined, `cannot be read (${code}).`, 'Name an existing workflow or action file.');
    }
    const text = buf.toString('utf8');
    if (!Buffer.from(text, 'utf8').equals(buf))
        throw new errors/* FileFormatError */.sY(shown, undefined, 'is not valid UTF-8.');
    return text;
}

;// CONCATENATED MODULE: ./packages/pin/src/remote.ts
/**
 * The branches and tags of action repositories on a server, read with `git ls-remote`
 * (no API, no token), once per repository. Annotated tags are peeled: a tag maps to the
 * commit it names. A failure is classified: the repository does not exist (per reference)
 * or the server cannot be reached (one error for the whole run).
 */


/** The repository does not exist on the server (or is private). */
class MissingRepository extends errors/* ConfigurationError */.j1 {
    name = 'MissingRepository';
}
/** A server URL without a trailing slash; only http(s), ssh, git and file URLs. */
function serverUrl(url) {
    const u = url.trim().replace(/\/+$/, '');
    if (!/^(?:https?|ssh|git|file):\/\/[^\s]+$/i.test(u)) {
        throw new errors/* InputError */.dz('server-url', url, 'an https://, http://, ssh://, git:// or file:// URL of the server');
    }
    return u;
}
const NOT_FOUND = /does not appear to be a git repository|repository not found|not found|returned error: 40[134]|could not read (?:username|password)|terminal prompts disabled|authentication failed|no such file or directory/i;
function firstLine(s) {
    return (s
        .split('\n')
        .map((l) => l.replace(/^fatal: /, '').trim())
        .find((l) => l !== '') ?? '(no message)');
}
function parseRefs(refs) {
    const tags = new Map();
    const heads = new Map();
    for (const r of refs) {
        if (r.name.startsWith('refs/heads/'))
            heads.set(r.name.slice(11), r.sha);
        else if (r.name.startsWith('refs/tags/')) {
            const peeled = r.name.endsWith('^{}');
            const name = r.name.slice(10, peeled ? -3 : undefined);
            if (peeled || !tags.has(name))
                tags.set(name, r.sha);
        }
    }
    return { tags, heads };
}
class Remotes {
    list;
    server;
    cache = new Map();
    constructor(server, list = (url) => (0,git/* lsRemote */._H)(url)) {
        this.list = list;
        this.server = serverUrl(server);
    }
    url(owner, repo) {
        return `${this.server}/${owner}/${repo}`;
    }
    /** The refs of owner/repo; rejects with MissingRepository or a ConfigurationError for the server. */
    refs(owner, repo) {
        const key = `${owner}/${repo}`.toLowerCase();
        let p = this.cache.get(key);
        if (!p) {
            p = this.fetch(owner, repo);
            this.cache.set(key, p);
        }
        return p;
    }
    async fetch(owner, repo) {
        const url = this.url(owner, repo);
        try {
            return parseRefs(await this.list(url));
        }
        catch (e) {
            if (e instanceof git/* GitError */.XS && NOT_FOUND.test(e.stderr)) {
                throw new MissingRepository(`the repository ${url} does not exist or is not public (git ls-remote: ${firstLine(e.stderr)})`);
            }
            if (e instanceof git/* GitError */.XS) {
                throw new errors/* ConfigurationError */.j1(`Cannot reach ${this.server} (git ls-remote ${url}: ${firstLine(e.stderr)}). Check the server URL (--server-url, GITHUB_SERVER_URL) and the network.`);
            }
            if (e.code === 'ENOENT') {
                throw new errors/* ConfigurationError */.j1('git is not installed or not on PATH: pin and upgrade run git ls-remote.');
            }
            if (e instanceof errors/* ConfigurationError */.j1)
                throw e;
            throw new errors/* ConfigurationError */.j1(`Cannot list the refs of ${url}: ${(0,errors/* errorMessage */.gJ)(e)}`, { cause: e });
        }
    }
}
function parseVersion(s) {
    const m = /^(v?)(\d{1,9})(?:\.(\d{1,9}))?(?:\.(\d{1,9}))?$/.exec(s);
    if (!m)
        return undefined;
    const minor = m[3] === undefined ? -1 : Number(m[3]);
    const patch = m[4] === undefined ? -1 : Number(m[4]);
    return {
        major: Number(m[2]),
        minor,
        patch,
        parts: patch >= 0 ? 3 : minor >= 0 ? 2 : 1,
        prefix: m[1],
    };
}
function compareVersions(a, b) {
    return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}
/** Full `X.Y.Z` release tags (no pre-releases), newest first. */
function releaseTags(refs) {
    const out = [];
    for (const [tag, sha] of refs.tags) {
        const version = parseVersion(tag);
        if (version && version.parts === 3)
            out.push({ tag, version, sha });
    }
    return out.sort((a, b) => compareVersions(b.version, a.version) || (a.tag < b.tag ? 1 : -1));
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/pin/src/uses.ts
/**
 * Finds the `uses:` references of a workflow or composite action and edits them in the text.
 *
 * The YAML is parsed only to locate the values (jobs.*.uses, jobs.*.steps[*].uses,
 * runs.steps[*].uses); edits replace the ref bytes and the same-line comment in the original
 * text, so everything else stays byte for byte. A value whose source is not exactly its text
 * (escapes, a multi-line scalar) or whose line continues after it (flow style) is left alone.
 */


const NAME = /^(?!\.{1,2}$)(?!-)[A-Za-z0-9_.-]{1,100}$/;
/**
 * Parse a `uses:` value. Undefined for what is not a remote action (local `./`, `docker://`);
 * a string (the reason) for a value that cannot be pinned.
 */
function parseUses(value) {
    if (value.startsWith('./') || value.startsWith('.\\') || value.startsWith('docker://'))
        return undefined;
    if (value.includes('${{'))
        return 'it contains an expression';
    const at = value.lastIndexOf('@');
    if (at < 0)
        return 'it names no ref (expected owner/repo@ref)';
    const ref = value.slice(at + 1);
    const [owner = '', repo = '', ...rest] = value.slice(0, at).split('/');
    if (!NAME.test(owner) || !NAME.test(repo))
        return 'it is not owner/repo[/path]@ref';
    if (rest.some((p) => p === '' || p === '..'))
        return 'its path is not a relative path inside the repository';
    if (!/^[A-Za-z0-9_.\-/+]{1,255}$/.test(ref) || ref.startsWith('-') || ref.includes('..'))
        return `its ref '${ref}' is not a tag, branch or commit SHA`;
    return { owner, repo, path: rest.length ? `/${rest.join('/')}` : '', ref };
}
function usesNodes(doc) {
    const out = [];
    const stepUses = (steps) => {
        if (!(0,dist/* isSeq */.oP)(steps))
            return;
        for (const s of steps.items)
            if ((0,dist/* isMap */.jh)(s))
                out.push(s.get('uses', true));
    };
    const jobs = doc.get('jobs', true);
    if ((0,dist/* isMap */.jh)(jobs)) {
        for (const pair of jobs.items) {
            const job = pair.value;
            if (!(0,dist/* isMap */.jh)(job))
                continue;
            out.push(job.get('uses', true));
            stepUses(job.get('steps', true));
        }
    }
    const runs = doc.get('runs', true);
    if ((0,dist/* isMap */.jh)(runs))
        stepUses(runs.get('steps', true));
    return out.filter((n) => n !== undefined);
}
/** Every `uses:` of a workflow or action file, in file order. */
function findUses(file, text) {
    const lc = new dist/* LineCounter */.HN();
    const doc = (0,dist.parseDocument)(text, { lineCounter: lc });
    if (doc.errors.length) {
        const e = doc.errors[0];
        throw new errors/* FileFormatError */.sY(file, e.linePos?.[0]?.line, `is not valid YAML: ${e.message.split('\n')[0]}`);
    }
    const sites = [];
    const skipped = [];
    for (const node of usesNodes(doc)) {
        if (!(0,dist.isScalar)(node) || typeof node.value !== 'string' || !node.range)
            continue;
        const [start, end] = node.range;
        const value = node.value;
        const line = lc.linePos(start).line;
        const src = text.slice(start, end);
        const quoted = node.type === 'QUOTE_SINGLE' || node.type === 'QUOTE_DOUBLE';
        const inner = quoted ? src.slice(1, -1) : src;
        if ((node.type !== 'PLAIN' && !quoted) || inner !== value) {
            skipped.push({
                line,
                value,
                reason: 'its YAML source is not the plain text of the value (escapes or several lines)',
            });
            continue;
        }
        const nl = text.indexOf('\n', end);
        let tailEnd = nl < 0 ? text.length : nl;
        if (tailEnd > end && text[tailEnd - 1] === '\r')
            tailEnd--;
        const m = /^([ \t]*)(?:#(.*))?$/.exec(text.slice(end, tailEnd));
        if (!m) {
            skipped.push({
                line,
                value,
                reason: 'the line goes on after the value (flow style), so no comment can be added',
            });
            continue;
        }
        const refStart = start + (quoted ? 1 : 0) + value.lastIndexOf('@') + 1;
        sites.push({
            line,
            value,
            refStart,
            refEnd: start + (quoted ? 1 : 0) + value.length,
            tailStart: end,
            tailEnd,
            ...(m[2] !== undefined ? { commentGap: m[1], comment: m[2] } : {}),
        });
    }
    return { sites, skipped };
}
/** Apply edits: the ref replaced and, with a comment, the rest of the line replaced by ` # comment` (keeping the old gap). */
function applyEdits(text, edits) {
    let out = text;
    for (const e of [...edits].sort((a, b) => b.site.refStart - a.site.refStart)) {
        if (e.comment !== undefined) {
            const tail = `${e.site.commentGap || ' '}# ${e.comment}`;
            out = out.slice(0, e.site.tailStart) + tail + out.slice(e.site.tailEnd);
        }
        out = out.slice(0, e.site.refStart) + e.ref + out.slice(e.site.refEnd);
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/pin/src/pin.ts
/**
 * `pin`: every `uses: owner/repo[/path]@ref` rewritten to the full commit SHA the ref names
 * today, with a `# ref` comment. Every reference is resolved before any file is written: one
 * problem (a missing repository or ref) fails the run with all the problems listed and
 * leaves every file as it was.
 */







/** Read the files and parse their `uses:` values. Local and docker references are not listed. */
function scan(files, root) {
    const texts = new Map();
    const sites = [];
    const skipped = [];
    for (const file of files) {
        const text = readText(root && !(0,external_node_path_.isAbsolute)(file) ? (0,external_node_path_.join)(root, file) : file, file);
        texts.set(file, text);
        const found = findUses(file, text);
        for (const s of found.skipped)
            skipped.push({ file, line: s.line, uses: s.value, reason: s.reason });
        for (const site of found.sites) {
            const action = parseUses(site.value);
            if (action === undefined)
                continue;
            if (typeof action === 'string')
                skipped.push({ file, line: site.line, uses: site.value, reason: action });
            else
                sites.push({ file, site, action });
        }
    }
    return { texts, sites, skipped };
}
/** Write each file's edits (when asked); returns the files that change. */
function writeEdits(scanned, edits, root, write) {
    const changed = [];
    for (const [file, list] of edits) {
        const before = scanned.texts.get(file);
        const after = applyEdits(before, list);
        if (after === before)
            continue;
        changed.push(file);
        if (write)
            (0,external_node_fs_.writeFileSync)(root && !(0,external_node_path_.isAbsolute)(file) ? (0,external_node_path_.join)(root, file) : file, after);
    }
    return changed;
}

/** Text from outside on one line: control characters as \xNN, so it cannot start a line of output. */
function shown(s) {
    return s.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
/** `file:line: uses: value`, for messages. */
const where = (s) => `${shown(s.file)}:${s.site.line}: uses: ${shown(s.site.value)}`;
/** Throw one ConfigurationError listing every problem. */
function throwProblems(problems) {
    if (problems.length === 0)
        return;
    throw new errors/* ConfigurationError */.j1(problems.length === 1 ? problems[0] : `${problems.length} problems:\n${problems.map((p) => `  ${p}`).join('\n')}`);
}
/** Resolve every site concurrently (a few at a time); a server error rejects at once. */
async function eachSite(sites, fn) {
    const out = new Array(sites.length);
    let next = 0;
    const worker = async () => {
        while (next < sites.length) {
            const i = next++;
            out[i] = await fn(sites[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(4, sites.length) }, worker));
    return out;
}
async function pin(files, options) {
    const remotes = new Remotes(options.serverUrl, options.listRemote);
    const scanned = scan(files, options.root);
    const problems = [];
    const warnings = [];
    const changes = [];
    const edits = new Map();
    let pinned = 0;
    const resolved = await eachSite(scanned.sites, async (s) => {
        const { owner, repo, ref } = s.action;
        if ((0,git/* isFullSha */.Wf)(ref))
            return 'pinned';
        if (/^[0-9a-f]{7,39}$/.test(ref)) {
            return { problem: `${where(s)}: '${ref}' is a short SHA; write the full 40-character commit SHA.` };
        }
        try {
            const refs = await remotes.refs(owner, repo);
            const sha = refs.tags.get(ref) ?? refs.heads.get(ref);
            if (sha === undefined) {
                const newest = releaseTags(refs)
                    .slice(0, 5)
                    .map((t) => t.tag)
                    .join(', ');
                return {
                    problem: `${where(s)}: ${owner}/${repo} has no tag or branch named '${ref}'${newest ? ` (newest releases: ${newest})` : ''}.`,
                };
            }
            if (!refs.tags.has(ref)) {
                return { sha, warning: `${where(s)}: '${ref}' is a branch: the SHA pins today's commit of a moving branch.` };
            }
            return { sha };
        }
        catch (e) {
            if (e instanceof MissingRepository)
                return { problem: `${where(s)}: ${e.message}. Check the owner and repository name.` };
            throw e;
        }
    });
    scanned.sites.forEach((s, i) => {
        const r = resolved[i];
        if (r === 'pinned') {
            pinned++;
            return;
        }
        if ('problem' in r) {
            problems.push(r.problem);
            return;
        }
        if (r.warning)
            warnings.push(r.warning);
        // An old comment is kept after the ref, unless it already starts with it.
        const old = s.site.comment?.trim() ?? '';
        const comment = old && old.split(/\s+/)[0] !== s.action.ref ? `${s.action.ref} ${old}` : old || s.action.ref;
        const list = edits.get(s.file) ?? [];
        list.push({ site: s.site, ref: r.sha, comment });
        edits.set(s.file, list);
        changes.push({
            file: s.file,
            line: s.site.line,
            action: `${s.action.owner}/${s.action.repo}${s.action.path}`,
            ref: s.action.ref,
            sha: r.sha,
        });
    });
    throwProblems(problems);
    const changed = writeEdits(scanned, edits, options.root, options.write ?? true);
    return { changes, files: changed, pinned, skipped: scanned.skipped, warnings };
}

;// CONCATENATED MODULE: ./packages/pin/src/upgrade.ts
/**
 * `upgrade`: pinned actions moved to the newest release tag (`X.Y.Z`, no pre-release) within
 * their major, or across majors with `major: true`. The written form is kept: a SHA stays a
 * SHA with its `# vX.Y.Z` comment updated, a tag stays a tag of the same precision (`v4`,
 * `v4.1`, `v4.1.0`). A SHA's current release is the newest release tag naming that commit,
 * else the version in its comment; without either it is left alone with a warning.
 */


const fmt = (v) => `${v.prefix}${v.major}${v.minor >= 0 ? `.${v.minor}` : ''}${v.patch >= 0 ? `.${v.patch}` : ''}`;
async function upgrade(files, options) {
    const remotes = new Remotes(options.serverUrl, options.listRemote);
    const scanned = scan(files, options.root);
    const acrossMajors = options.major ?? false;
    const outcomes = await eachSite(scanned.sites, async (s) => {
        const { owner, repo, ref } = s.action;
        const sha = (0,git/* isFullSha */.Wf)(ref);
        const commentWord = s.site.comment?.trim().split(/\s+/)[0] ?? '';
        const commentVersion = sha ? parseVersion(commentWord) : undefined;
        const refVersion = sha ? undefined : parseVersion(ref);
        if (!sha && !refVersion)
            return { kind: 'skip', reason: `'${ref}' is not a release version`, warn: false };
        let refs;
        try {
            refs = await remotes.refs(owner, repo);
        }
        catch (e) {
            if (e instanceof MissingRepository) {
                return { kind: 'problem', text: `${where(s)}: ${e.message}. Check the owner and repository name.` };
            }
            throw e;
        }
        const releases = releaseTags(refs);
        const warnings = [];
        // The current release.
        let current;
        let currentTag;
        if (sha) {
            const exact = releases.find((r) => r.sha === ref);
            if (exact) {
                current = exact.version;
                currentTag = exact.tag;
            }
            else if (commentVersion) {
                current = commentVersion;
                currentTag = commentWord;
                const named = refs.tags.get(commentWord);
                if (named !== undefined && named !== ref) {
                    warnings.push(`${where(s)}: the tag ${commentWord} now names ${named}, not the pinned commit: it was moved upstream (or the comment is wrong); check before trusting it.`);
                }
            }
            else {
                return {
                    kind: 'skip',
                    reason: 'no release tag names this commit and its comment is not a version (# vX.Y.Z)',
                    warn: true,
                };
            }
        }
        else {
            current = refVersion;
            currentTag = ref;
        }
        const candidates = releases.filter((r) => acrossMajors || r.version.major === current.major);
        const newest = candidates[0];
        if (!newest)
            return {
                kind: 'skip',
                reason: `${owner}/${repo} has no release tag vX.Y.Z in major ${current.major}`,
                warn: true,
            };
        if (sha) {
            const newer = current.parts === 3 ? compareVersions(newest.version, current) > 0 : newest.sha !== ref;
            if (!newer || newest.sha === ref)
                return { kind: 'current', warnings };
            const comment = commentVersion
                ? s.site.comment.trim().replace(commentWord, newest.tag)
                : s.site.comment?.trim()
                    ? `${newest.tag} ${s.site.comment.trim()}`
                    : newest.tag;
            return {
                kind: 'upgrade',
                edit: { ref: newest.sha, comment },
                upgrade: { from: currentTag, to: newest.tag, fromRef: ref, toRef: newest.sha, compareUrl: '' },
                warnings,
            };
        }
        // A tag: keep its precision, when such a tag exists.
        const v = newest.version;
        const short = [
            fmt({ ...v, prefix: current.prefix, patch: -1, minor: -1 }),
            fmt({ ...v, prefix: current.prefix, patch: -1 }),
        ];
        const wanted = current.parts === 3 ? newest.tag : short[current.parts - 1];
        const toRef = refs.tags.has(wanted) ? wanted : newest.tag;
        const newer = compareVersions(v, current) > 0 &&
            (current.parts === 3 || v.major > current.major || (current.parts === 2 && v.minor > current.minor));
        if (!newer || toRef === ref)
            return { kind: 'current', warnings };
        return {
            kind: 'upgrade',
            edit: { ref: toRef },
            upgrade: { from: currentTag, to: newest.tag, fromRef: ref, toRef, compareUrl: '' },
            warnings,
        };
    });
    const problems = [];
    const warnings = [];
    const skipped = [...scanned.skipped];
    const upgrades = [];
    const edits = new Map();
    let upToDate = 0;
    scanned.sites.forEach((s, i) => {
        const o = outcomes[i];
        if (o.kind === 'problem')
            problems.push(o.text);
        else if (o.kind === 'skip') {
            skipped.push({ file: s.file, line: s.site.line, uses: s.site.value, reason: o.reason });
            if (o.warn)
                warnings.push(`${where(s)}: not upgraded: ${o.reason}.`);
        }
        else {
            warnings.push(...o.warnings);
            if (o.kind === 'current')
                upToDate++;
            else {
                const list = edits.get(s.file) ?? [];
                list.push({ site: s.site, ...o.edit });
                edits.set(s.file, list);
                upgrades.push({
                    file: s.file,
                    line: s.site.line,
                    action: `${s.action.owner}/${s.action.repo}${s.action.path}`,
                    ...o.upgrade,
                    compareUrl: `${remotes.url(s.action.owner, s.action.repo)}/compare/${o.upgrade.from}...${o.upgrade.to}`,
                });
            }
        }
    });
    throwProblems(problems);
    const changed = writeEdits(scanned, edits, options.root, options.write ?? true);
    return { upgrades, files: changed, upToDate, skipped, warnings };
}

;// CONCATENATED MODULE: ./packages/pin/src/commands.ts
/**
 * Entry points for the CLI's `quality pin` and `quality upgrade`: plain values in, the result
 * and the text to print out. File names and refs come from the repository, so they are shown
 * with control characters escaped (a line of output can never start a workflow command).
 */



const filesOf = (input) => (input.files?.length ? [...input.files] : listActionFiles(input.root));
function tailLines(r) {
    return [
        ...r.warnings.map((w) => `warning: ${shown(w)}`),
        ...r.skipped.map((s) => `skipped ${shown(s.file)}:${s.line}: ${shown(s.uses)}: ${shown(s.reason)}`),
    ];
}
async function pinCommand(input) {
    const files = filesOf(input);
    const result = await pin(files, { serverUrl: input.serverUrl, root: input.root, write: !input.check });
    const lines = result.changes.map((c) => `${shown(c.file)}:${c.line}: ${shown(c.action)}@${shown(c.ref)} -> ${c.sha} # ${shown(c.ref)}`);
    lines.push(...tailLines(result));
    const verb = input.check ? 'would pin' : 'pinned';
    lines.push(`${files.length} file(s): ${verb} ${result.changes.length} reference(s) in ${result.files.length} file(s); ${result.pinned} already pinned.`);
    return { result, text: `${lines.join('\n')}\n`, exitCode: input.check && result.changes.length ? 1 : 0 };
}
async function upgradeCommand(input) {
    const files = filesOf(input);
    const result = await upgrade(files, {
        serverUrl: input.serverUrl,
        root: input.root,
        write: !input.check,
        major: input.major ?? false,
    });
    const lines = result.upgrades.map((u) => `${shown(u.file)}:${u.line}: ${shown(u.action)} ${shown(u.from)} -> ${shown(u.to)}  changes: ${shown(u.compareUrl)}`);
    lines.push(...tailLines(result));
    const verb = input.check ? 'would upgrade' : 'upgraded';
    lines.push(`${files.length} file(s): ${verb} ${result.upgrades.length} reference(s) in ${result.files.length} file(s); ${result.upToDate} up to date.`);
    return { result, text: `${lines.join('\n')}\n`, exitCode: input.check && result.upgrades.length ? 1 : 0 };
}

;// CONCATENATED MODULE: ./packages/pin/src/index.ts








/***/ })

};
