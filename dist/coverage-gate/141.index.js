export const id = 141;
export const ids = [141];
export const modules = {

/***/ 2141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BranchBaselineStore: () => (/* reexport */ BranchBaselineStore),
  CacheBaselineStore: () => (/* reexport */ CacheBaselineStore),
  FileBaselineStore: () => (/* reexport */ FileBaselineStore)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/coverage/src/gate/baseline.ts
var baseline = __webpack_require__(1115);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/kit/src/git.ts + 2 modules
var git = __webpack_require__(4127);
;// CONCATENATED MODULE: ./packages/coverage/src/gate/baseline-file.ts
/**
 * A baseline kept in one file (a path the workflow manages itself: an artifact it downloads,
 * a file on a self-hosted runner's disk, a fixture in tests).
 *
 * read: a missing file is `missing`; a file that is not a snapshot (bad JSON, wrong shape,
 * a schema from a newer quality) is `unavailable` with the parse error's message; any other
 * read error (permissions, a directory) is `unavailable` too. The query is not used: the file
 * holds the one snapshot the workflow chose.
 *
 * write: never regresses. When the file already holds a snapshot of a newer commit
 * (greater commitTime) the write is `skipped`; a schema from a newer quality is not replaced
 * either. Otherwise the snapshot is written to a temp file next to the target and renamed
 * over it, so a reader never sees half a file; a SIGTERM or SIGINT meanwhile removes the temp file
 * before the process dies. Parent directories are created. Nothing throws.
 */






/** Remove `tmp` if a signal arrives before `release()`, then let the signal end the process. */
function guardTemp(host, tmp) {
    const handlers = [];
    let released = false;
    const release = () => {
        released = true;
        for (const [sig, h] of handlers)
            host.removeListener(sig, h);
    };
    for (const sig of ['SIGTERM', 'SIGINT']) {
        if (released)
            break;
        const h = () => {
            release();
            (0,external_node_fs_.rmSync)(tmp, { force: true });
            host.kill(host.pid, sig); // no listener now: the default action ends the process
        };
        handlers.push([sig, h]);
        host.once(sig, h);
    }
    return release;
}
class FileBaselineStore {
    path;
    host;
    kind = 'file';
    constructor(path, host = process) {
        this.path = path;
        this.host = host;
    }
    async read() {
        let text;
        try {
            text = await (0,promises_.readFile)(this.path, 'utf8');
        }
        catch (e) {
            const code = e.code;
            if (code === 'ENOENT')
                return { status: 'missing', detail: `the baseline file ${this.path} does not exist yet.` };
            return { status: 'unavailable', detail: `the baseline file ${this.path} could not be read (${errorText(e)}).` };
        }
        try {
            return { status: 'found', snapshot: (0,baseline/* parseBaseline */.nk)(text, this.path), source: `file ${this.path}` };
        }
        catch (e) {
            return { status: 'unavailable', detail: errorText(e) };
        }
    }
    async write(s) {
        let existing;
        try {
            existing = await (0,promises_.readFile)(this.path, 'utf8');
        }
        catch (e) {
            if (e.code !== 'ENOENT') {
                return {
                    status: 'failed',
                    detail: `the baseline file ${this.path} could not be read before writing (${errorText(e)}).`,
                };
            }
        }
        if (existing !== undefined) {
            const future = futureSchema(existing);
            if (future !== undefined) {
                return {
                    status: 'skipped',
                    detail: `${this.path} holds a schema ${future} baseline written by a newer quality; it was not replaced (delete the file to start over with schema ${baseline/* BASELINE_SCHEMA */.iW}).`,
                };
            }
            let old;
            try {
                old = (0,baseline/* parseBaseline */.nk)(existing, this.path);
            }
            catch {
                old = undefined; // unreadable: replaced below
            }
            if (old && old.commitTime > s.commitTime) {
                return {
                    status: 'skipped',
                    detail: `${this.path} already holds the baseline of a newer commit (${(0,git/* shortSha */.Fu)(old.commit)}, committed ${iso(old.commitTime)}) than ${(0,git/* shortSha */.Fu)(s.commit)} (${iso(s.commitTime)}).`,
                };
            }
        }
        const tmp = (0,external_node_path_.join)((0,external_node_path_.dirname)(this.path), `.${(0,external_node_path_.basename)(this.path)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
        let release = () => { };
        try {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(this.path), { recursive: true });
            const fh = await (0,promises_.open)(tmp, 'wx');
            release = guardTemp(this.host, tmp);
            try {
                await fh.writeFile((0,baseline/* serializeBaseline */.ky)(s));
            }
            finally {
                await fh.close();
            }
            await (0,promises_.rename)(tmp, this.path);
            release();
        }
        catch (e) {
            release();
            await (0,promises_.rm)(tmp, { force: true }).catch(() => undefined);
            return { status: 'failed', detail: `the baseline file ${this.path} could not be written (${errorText(e)}).` };
        }
        return { status: 'written', detail: `saved the baseline of ${s.branch} at ${(0,git/* shortSha */.Fu)(s.commit)} to ${this.path}.` };
    }
}
/** The schema number of a snapshot from a newer quality, else undefined. */
function futureSchema(text) {
    try {
        const v = JSON.parse(text);
        return v && typeof v.schema === 'number' && v.schema > baseline/* BASELINE_SCHEMA */.iW ? v.schema : undefined;
    }
    catch {
        return undefined;
    }
}
function iso(seconds) {
    const d = new Date(seconds * 1000);
    return Number.isNaN(d.getTime()) ? String(seconds) : d.toISOString().replace('.000Z', 'Z');
}
/** An error's message (also for errors from another realm, which fail `instanceof Error`). */
function errorText(e) {
    const m = typeof e === 'object' && e !== null ? e.message : undefined;
    return typeof m === 'string' ? m : String(e);
}

;// CONCATENATED MODULE: ./packages/coverage/src/gate/baseline-branch.ts
/**
 * Baselines on an orphan data branch of the repository itself (default `quality-baselines`).
 *
 * Layout of the data branch (it shares no history with the code branches):
 *
 *   README.md                      what this branch is (written once)
 *   baselines/<branch>.json        the latest snapshot per base branch; the branch name is
 *                                  escaped byte by byte: [A-Za-z0-9._-] kept, every other byte
 *                                  %XX (so `release/1.x` is `release%2F1.x.json`)
 *   by-commit/<sha>.json           the snapshot of exactly that commit, so a pull request can
 *                                  compare with its base commit rather than the branch's latest;
 *                                  the newest `keepCommits` (default 200, by commitTime) are kept
 *
 * Everything runs in the checkout (`cwd`) without touching its branches, index or working tree:
 * the data branch is fetched into a private ref (`refs/quality/<data-branch>`) with
 * `--no-write-fetch-head`, files are read with `git cat-file`, and a new commit is built with
 * plumbing on a temporary index (GIT_INDEX_FILE): hash-object, read-tree, update-index,
 * write-tree, commit-tree. Git hooks never run (`core.hooksPath=/dev/null`, `push --no-verify`),
 * commits are never signed, auto-gc is off, the committer is `github-actions[bot]`.
 *
 * Shallow clones: in a shallow checkout (actions/checkout's default `fetch-depth: 1`) the data
 * branch is fetched with `--depth=1`, which costs one commit. In a full clone it is fetched
 * WITHOUT `--depth`: a depth-limited fetch would write `.git/shallow` and turn the user's full
 * clone into a shallow one (`git rev-parse --is-shallow-repository` true), and a full clone
 * (`fetch-depth: 0`) has already fetched that branch anyway.
 *
 * Writes are compare-and-swap, never forced: the new commit's parent is the tip just fetched,
 * and a plain `git push <remote> <commit>:refs/heads/<data-branch>` is rejected when someone
 * else moved the branch meanwhile (non-fast-forward, or a remote "cannot lock ref"). Then the
 * branch is fetched again and the change rebuilt on the new tip, up to `attempts` (5) times with
 * a short random delay. The latest pointer never regresses: it is left alone when the stored
 * latest is of a descendant of our commit (`merge-base --is-ancestor`, when both commits are
 * present locally) or, when ancestry is unknown, of a commit with a greater commitTime; the
 * by-commit file is still added (the write is then `skipped`, with that said in the detail).
 *
 * Authentication and permissions: reads need `contents: read` (any workflow has it). Writes
 * need `permissions: contents: write` for the job's GITHUB_TOKEN and credentials git can use:
 * actions/checkout persists them in the checkout's git config by default
 * (`persist-credentials: true`). With `persist-credentials: false` git has none, the push
 * fails, and the write is `failed` with a sentence saying what to set; alternatively pass
 * `token`, which is given to git as an `http.<server>/.extraheader` through GIT_CONFIG_*
 * environment variables (never on the command line, never written to a file). A protected
 * data branch must allow the bot to push.
 *
 * Nothing here throws for a git or remote fault: reads give `missing` / `unavailable`, writes
 * `failed`, each with a `detail` sentence for the job summary.
 */








const BOT_NAME = 'github-actions[bot]';
const BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';
/** `baselines/<escaped>.json`: [A-Za-z0-9._-] kept, any other byte as %XX. */
function escapeBranchName(name) {
    let out = '';
    for (const b of Buffer.from(name, 'utf8')) {
        const c = String.fromCharCode(b);
        out += /[A-Za-z0-9._-]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
}
const latestPath = (branch) => `baselines/${escapeBranchName(branch)}.json`;
const commitPath = (sha) => `by-commit/${sha.toLowerCase()}.json`;
const README = `# Coverage baselines

This branch is written by the quality coverage gate (actions/coverage-gate) on pushes to the
default branch, and read by pull requests. It shares no history with the code: do not merge it.

- \`baselines/<branch>.json\`: the latest coverage snapshot of each base branch;
- \`by-commit/<sha>.json\`: the snapshot of one commit (the newest ${'${keep}'} are kept).
`;
/** First lines of git's stderr, without git's "hint:" noise and with any credentials in URLs masked. */
function gitMessage(stderr) {
    const lines = stderr
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('hint:'));
    const text = lines
        .slice(0, 4)
        .join(' ')
        .replace(/(\w+:\/\/)[^/@\s]+@/g, '$1***@');
    return text.length > 400 ? `${text.slice(0, 400)}\u2026` : text || '(git printed no message)';
}
const UNSET_ENV = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_NAMESPACE'];
class BranchBaselineStore {
    kind = 'branch';
    remote;
    dataBranch;
    cwd;
    privateRef;
    keep;
    attempts;
    timeoutMs;
    env;
    configEnv = [];
    constructor(options) {
        this.cwd = options.cwd;
        this.remote = options.remote ?? 'origin';
        this.dataBranch = options.branch ?? 'quality-baselines';
        // Configuration mistakes are the only throws: they are the workflow's to fix.
        (0,git/* assertRef */.io)(this.dataBranch, 'baseline branch');
        if (this.remote === '' || this.remote.startsWith('-') || /[\0\n]/.test(this.remote)) {
            (0,git/* assertRef */.io)(this.remote, 'remote');
        }
        this.privateRef = `refs/quality/${this.dataBranch}`;
        this.keep = Math.max(1, Math.floor(options.keepCommits ?? 200));
        this.attempts = Math.max(1, Math.floor(options.attempts ?? 5));
        this.timeoutMs = options.timeoutMs ?? 120_000;
        this.env = {
            GIT_TERMINAL_PROMPT: '0',
            GIT_AUTHOR_NAME: BOT_NAME,
            GIT_AUTHOR_EMAIL: BOT_EMAIL,
            GIT_COMMITTER_NAME: BOT_NAME,
            GIT_COMMITTER_EMAIL: BOT_EMAIL,
        };
        if (options.token) {
            const server = (options.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
            const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${options.token}`).toString('base64')}`;
            // An empty value first clears an extraheader persisted by actions/checkout (two
            // Authorization headers are refused by GitHub).
            this.configEnv = ['', header].map((value) => [`http.${server}/.extraheader`, value]);
        }
    }
    /** git in `cwd` (never an inherited GIT_DIR / GIT_WORK_TREE / GIT_INDEX_FILE); never rejects. */
    async git(args, opts = {}) {
        const full = [
            '-c', 'core.hooksPath=/dev/null',
            '-c', 'gc.auto=0',
            '-c', 'maintenance.auto=false',
            '-c', 'commit.gpgSign=false',
            '-c', 'fetch.recurseSubmodules=false',
            ...args,
        ]; // prettier-ignore
        try {
            return await (0,git/* runGit */.EO)(this.cwd, full, {
                ok: 'any',
                input: opts.input ?? '',
                env: opts.indexFile ? { ...this.env, GIT_INDEX_FILE: opts.indexFile } : this.env,
                unsetEnv: UNSET_ENV,
                configEnv: this.configEnv,
                timeoutMs: this.timeoutMs,
            });
        }
        catch (e) {
            return { code: -1, stdout: Buffer.alloc(0), stderr: errorText(e) };
        }
    }
    async text(args, indexFile) {
        const r = await this.git(args, { indexFile });
        if (r.code !== 0)
            throw new Error(`git ${args.join(' ')}: ${gitMessage(r.stderr)}`);
        return r.stdout.toString('utf8');
    }
    /** Fetch the data branch into the private ref. */
    async fetch() {
        const shallow = await this.git(['rev-parse', '--is-shallow-repository']);
        if (shallow.code !== 0) {
            return { kind: 'error', detail: `${this.cwd} is not a git checkout (${gitMessage(shallow.stderr)}).` };
        }
        const depth = shallow.stdout.toString('utf8').trim() === 'true' ? ['--depth=1'] : [];
        const r = await this.git([
            'fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--no-recurse-submodules', ...depth,
            '--end-of-options', this.remote, `+refs/heads/${this.dataBranch}:${this.privateRef}`,
        ]); // prettier-ignore
        if (r.code !== 0) {
            if (/couldn't find remote ref/i.test(r.stderr)) {
                await this.git(['update-ref', '-d', this.privateRef]);
                return { kind: 'absent' };
            }
            return {
                kind: 'error',
                detail: `the data branch ${this.dataBranch} could not be fetched from ${this.remote}: ${gitMessage(r.stderr)}`,
            };
        }
        const tip = await this.git(['rev-parse', '--verify', '--quiet', `${this.privateRef}^{commit}`]);
        if (tip.code !== 0)
            return { kind: 'error', detail: `the fetched data branch ${this.dataBranch} is not a commit.` };
        return { kind: 'ok', tip: tip.stdout.toString('utf8').trim() };
    }
    /** A file of a commit's tree, or undefined when the path is absent. */
    async show(commit, path) {
        const r = await this.git(['cat-file', 'blob', `${commit}:${path}`]);
        return r.code === 0 ? r.stdout.toString('utf8') : undefined;
    }
    async read(q) {
        try {
            const f = await this.fetch();
            if (f.kind === 'absent') {
                return {
                    status: 'missing',
                    detail: `the data branch ${this.dataBranch} does not exist on ${this.remote} yet.`,
                };
            }
            if (f.kind === 'error')
                return { status: 'unavailable', detail: f.detail };
            const candidates = [...((0,git/* isFullSha */.Wf)(q.commit) ? [commitPath(q.commit)] : []), latestPath(q.branch)];
            for (const path of candidates) {
                const text = await this.show(f.tip, path);
                if (text === undefined)
                    continue;
                const source = `data branch ${this.dataBranch} (${path})`;
                try {
                    return { status: 'found', snapshot: (0,baseline/* parseBaseline */.nk)(text, `${this.dataBranch}:${path}`), source };
                }
                catch (e) {
                    return { status: 'unavailable', detail: errorText(e) };
                }
            }
            return { status: 'missing', detail: `the data branch ${this.dataBranch} has no baseline for ${q.branch} yet.` };
        }
        catch (e) {
            return { status: 'unavailable', detail: `the data branch ${this.dataBranch} could not be read: ${errorText(e)}` };
        }
    }
    async write(s) {
        if (!(0,git/* isFullSha */.Wf)(s.commit))
            return { status: 'failed', detail: `the snapshot names no full commit SHA (${JSON.stringify(s.commit)}).` };
        let tmp;
        try {
            tmp = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'quality-baseline-'));
            let lastRejection = '';
            for (let attempt = 1; attempt <= this.attempts; attempt++) {
                const f = await this.fetch();
                if (f.kind === 'error')
                    return { status: 'failed', detail: `${f.detail} ${this.pushHint()}` };
                const tip = f.kind === 'ok' ? f.tip : undefined;
                const built = await this.build(tip, s, (0,external_node_path_.join)(tmp, `index-${attempt}`));
                if (built.unchanged) {
                    return {
                        status: 'skipped',
                        detail: `the data branch ${this.dataBranch} already holds this snapshot of ${(0,git/* shortSha */.Fu)(s.commit)}.`,
                    };
                }
                const message = `Coverage baseline of ${s.branch} at ${(0,git/* shortSha */.Fu)(s.commit)}\n\n${s.headline.metric}: ${s.headline.covered}/${s.headline.total}\nWritten by ${s.writer || 'quality'}.\n`;
                const commit = (await this.text([
                    'commit-tree',
                    '--no-gpg-sign',
                    ...(tip ? ['-p', tip] : []),
                    '-m',
                    message,
                    '--end-of-options',
                    built.tree,
                ])).trim();
                const push = await this.git([
                    'push', '--porcelain', '--no-verify', '--recurse-submodules=no',
                    '--end-of-options', this.remote, `${commit}:refs/heads/${this.dataBranch}`,
                ]); // prettier-ignore
                if (push.code === 0) {
                    await this.git(['update-ref', this.privateRef, commit]);
                    return built.latestSkipped
                        ? {
                            status: 'skipped',
                            detail: `${built.latestSkipped} The snapshot of ${(0,git/* shortSha */.Fu)(s.commit)} was stored as ${commitPath(s.commit)} only.`,
                        }
                        : {
                            status: 'written',
                            detail: `saved the baseline of ${s.branch} at ${(0,git/* shortSha */.Fu)(s.commit)} to the data branch ${this.dataBranch} on ${this.remote}.`,
                        };
                }
                const porcelain = push.stdout.toString('utf8');
                if (!isCasRejection(porcelain, push.stderr)) {
                    return {
                        status: 'failed',
                        detail: `pushing to the data branch ${this.dataBranch} on ${this.remote} failed: ${gitMessage(`${rejectionLine(porcelain)}\n${push.stderr}`)}. ${this.pushHint()}`,
                    };
                }
                lastRejection = rejectionLine(porcelain) || gitMessage(push.stderr);
                if (attempt < this.attempts)
                    await sleep((0,external_node_crypto_.randomInt)(100, 400) * attempt);
            }
            return {
                status: 'failed',
                detail: `the data branch ${this.dataBranch} on ${this.remote} kept moving: ${this.attempts === 1 ? 'the push was' : `all ${this.attempts} pushes were`} rejected (last: ${lastRejection}).`,
            };
        }
        catch (e) {
            return {
                status: 'failed',
                detail: `the baseline could not be saved to the data branch ${this.dataBranch}: ${errorText(e)}`,
            };
        }
        finally {
            if (tmp)
                await (0,promises_.rm)(tmp, { recursive: true, force: true }).catch(() => undefined);
        }
    }
    pushHint() {
        return (`The branch store pushes to ${this.dataBranch}: give the job \`permissions: contents: write\` and keep ` +
            "actions/checkout's default `persist-credentials: true` (or pass a token), and let github-actions[bot] push to that branch if it is protected.");
    }
    /** The new tree on top of `tip` (or a first, orphan tree). */
    async build(tip, s, index) {
        const g = (args) => this.text(args, index);
        if (tip)
            await g(['read-tree', '--end-of-options', tip]);
        const put = async (content, path) => {
            const r = await this.git(['hash-object', '-w', '--stdin', '--no-filters'], { input: content });
            if (r.code !== 0)
                throw new Error(`git hash-object: ${gitMessage(r.stderr)}`);
            await g(['update-index', '--add', '--cacheinfo', `100644,${r.stdout.toString('utf8').trim()},${path}`]);
        };
        const json = (0,baseline/* serializeBaseline */.ky)(s);
        await put(json, commitPath(s.commit));
        const latestSkipped = tip ? await this.keepsLatest(tip, s) : undefined;
        if (!latestSkipped)
            await put(json, latestPath(s.branch));
        if (!tip || (await this.show(tip, 'README.md')) === undefined)
            await put(README.replace('${keep}', String(this.keep)), 'README.md');
        await this.prune(index, s.commit);
        const tree = (await g(['write-tree'])).trim();
        const old = tip ? (await this.text(['rev-parse', '--verify', `${tip}^{tree}`])).trim() : undefined;
        return { tree, unchanged: old === tree, latestSkipped };
    }
    /** A sentence when the stored latest must be kept (it is newer than `s`), else undefined. */
    async keepsLatest(tip, s) {
        const text = await this.show(tip, latestPath(s.branch));
        if (text === undefined)
            return undefined;
        const future = futureSchema(text);
        if (future !== undefined) {
            return `The latest baseline of ${s.branch} has schema ${future} (written by a newer quality, this one writes ${baseline/* BASELINE_SCHEMA */.iW}); it was kept.`;
        }
        let old;
        try {
            old = (0,baseline/* parseBaseline */.nk)(text, latestPath(s.branch));
        }
        catch {
            return undefined; // unreadable: replaced
        }
        if (old.commit.toLowerCase() === s.commit.toLowerCase())
            return undefined;
        const kept = `The latest baseline of ${s.branch} is of ${(0,git/* shortSha */.Fu)(old.commit)} (committed ${iso(old.commitTime)})`;
        if ((0,git/* isFullSha */.Wf)(old.commit)) {
            if ((await this.isAncestor(s.commit, old.commit)) === true)
                return `${kept}, a descendant of ${(0,git/* shortSha */.Fu)(s.commit)}; it was kept.`;
            if ((await this.isAncestor(old.commit, s.commit)) === true)
                return undefined;
        }
        if (old.commitTime > s.commitTime)
            return `${kept}, newer than ${(0,git/* shortSha */.Fu)(s.commit)} (${iso(s.commitTime)}); it was kept.`;
        return undefined;
    }
    /** true / false, or undefined when a commit is not in this clone (shallow) or git fails. */
    async isAncestor(a, b) {
        const r = await this.git(['merge-base', '--is-ancestor', '--end-of-options', a, b]);
        return r.code === 0 ? true : r.code === 1 ? false : undefined;
    }
    /** Drop the oldest by-commit snapshots (by commitTime) beyond `keep`; `own` is always kept. */
    async prune(index, own) {
        const ls = await this.text(['ls-files', '-s', '-z', '--', 'by-commit/'], index);
        const entries = ls
            .split('\0')
            .filter((l) => l !== '')
            .map((l) => {
            const [meta = '', path = ''] = l.split('\t');
            return { blob: meta.split(' ')[1] ?? '', path };
        });
        if (entries.length <= this.keep)
            return;
        const batch = await this.git(['cat-file', '--batch'], { input: entries.map((e) => `${e.blob}\n`).join('') });
        if (batch.code !== 0)
            throw new Error(`git cat-file --batch: ${gitMessage(batch.stderr)}`);
        const times = batchTimes(batch.stdout);
        const ownPath = commitPath(own);
        const ranked = entries
            .map((e, i) => ({ ...e, time: e.path === ownPath ? Infinity : (times[i] ?? -Infinity) }))
            .sort((x, y) => y.time - x.time || (x.path < y.path ? -1 : 1));
        const drop = ranked.slice(this.keep).map((e) => e.path);
        for (let i = 0; i < drop.length; i += 100) {
            await this.text(['update-index', '--force-remove', '--', ...drop.slice(i, i + 100)], index);
        }
    }
}
/** The commitTime of each blob in `git cat-file --batch` output (NaN-free; -Infinity when unreadable). */
function batchTimes(out) {
    const times = [];
    let pos = 0;
    while (pos < out.length) {
        const nl = out.indexOf(0x0a, pos);
        if (nl < 0)
            break;
        const header = out.subarray(pos, nl).toString('utf8').split(' ');
        pos = nl + 1;
        if (header[1] !== 'blob') {
            times.push(-Infinity); // "<id> missing"
            continue;
        }
        const size = Number(header[2]);
        const body = out.subarray(pos, pos + size).toString('utf8');
        pos += size + 1;
        let t = -Infinity;
        try {
            const v = JSON.parse(body);
            if (typeof v.commitTime === 'number' && Number.isFinite(v.commitTime))
                t = v.commitTime;
        }
        catch {
            // unreadable snapshots go first
        }
        times.push(t);
    }
    return times;
}
/** The `!` line of `git push --porcelain`, e.g. "[rejected] (fetch first)". */
function rejectionLine(porcelain) {
    const line = porcelain.split('\n').find((l) => l.startsWith('!'));
    return line ? (line.split('\t')[2] ?? '').trim() : '';
}
/** The push lost a race (someone else moved the branch): fetch again and retry. */
function isCasRejection(porcelain, stderr) {
    const r = rejectionLine(porcelain);
    if (r.startsWith('[rejected]'))
        return true; // non-fast-forward, fetch first, stale info
    if (r.startsWith('[remote rejected]')) {
        return /cannot lock ref|failed to update ref|incorrect old value|reference already exists|but expected/i.test(r);
    }
    return (/cannot lock ref|failed to update ref|incorrect old value/i.test(stderr) &&
        !/denied|hook declined|permission/i.test(stderr));
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

;// CONCATENATED MODULE: ./packages/coverage/src/gate/baseline-cache.ts
/**
 * Baselines in the GitHub Actions cache, one small JSON file per entry, over a cache backend
 * given as a value (kit's `createCacheBackend` in the action, a fake in tests).
 *
 * Entries are immutable and a lookup asks for an exact key or a prefix (newest created wins), so
 * each snapshot is saved under two keys: `<prefix>-sha-<commit>` (exact base lookups) and
 * `<prefix>-branch-<escaped branch>-<commitTime, 12 digits>-<commit>` (newest per branch). The
 * one tricky rule: never regress. Before saving, the branch's newest entry is looked up; when it
 * is newer, only the SHA key is saved (`skipped`). Branch names are escaped ([A-Za-z0-9._] kept,
 * any other byte %XX, `-` included) so `main`'s prefix never matches `main-2`'s entries.
 *
 * The file passes through `.quality-baseline/` in the workspace (a constant relative path: the
 * cache versions an entry by its path strings) and that folder is removed after each call.
 * Faults never throw: a read is `unavailable` or `missing`, a write `failed`, with the reason.
 */




const BASELINE_FILE = 'baseline.json';
/** Folder (relative to the workspace) the snapshot passes through; removed after each call. */
const QUALITY_DIR = '.quality-baseline';
const NOT_AVAILABLE = 'the cache service is not available (GHES without cache, or ACTIONS_RESULTS_URL unset).';
/** [A-Za-z0-9._] kept, any other byte (including `-`) as %XX. */
function escapeKeyPart(s) {
    let out = '';
    for (const b of Buffer.from(s, 'utf8')) {
        const c = String.fromCharCode(b);
        out += /[A-Za-z0-9._]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
}
const padTime = (t) => String(Math.max(0, Math.min(999_999_999_999, Math.floor(Number.isFinite(t) ? t : 0)))).padStart(12, '0');
function baselineKeys(prefix, branch, commit, commitTime) {
    const branchPrefix = `${prefix}-branch-${escapeKeyPart(branch)}-`;
    return {
        sha: `${prefix}-sha-${commit.toLowerCase()}`,
        branchPrefix,
        branch: `${branchPrefix}${padTime(commitTime)}-${commit.toLowerCase()}`,
    };
}
/** The commitTime in a branch key (`...-<12 digits>-<sha>`), or undefined. */
function keyCommitTime(key) {
    const m = /-(\d{12})-[0-9a-f]{7,64}$/.exec(key);
    return m ? Number(m[1]) : undefined;
}
const baseline_cache_errorText = (e) => {
    const m = typeof e === 'object' && e !== null ? e.message : undefined;
    return typeof m === 'string' ? m : String(e);
};
const words = (r) => r.warnings.join(' ');
class CacheBaselineStore {
    kind = 'cache';
    prefix;
    tempDir;
    file;
    /** The path given to the cache: relative and constant, so the cache version is the same on every runner. */
    cachePath;
    backend;
    log;
    constructor(options) {
        this.backend = options.backend;
        this.prefix = options.prefix ?? 'quality-coverage';
        this.tempDir = options.tempDir ?? (0,external_node_path_.resolve)(QUALITY_DIR);
        this.file = (0,external_node_path_.join)(this.tempDir, BASELINE_FILE);
        this.cachePath = options.tempDir ? this.file : `${QUALITY_DIR}/${BASELINE_FILE}`;
        this.log = options.log ?? { info: () => undefined, debug: () => undefined };
    }
    /** Leave nothing behind in the workspace (only the default folder is ours to remove). */
    async cleanup() {
        if (this.cachePath !== this.file)
            await (0,promises_.rm)(this.tempDir, { recursive: true, force: true }).catch(() => undefined);
    }
    async read(q) {
        try {
            return await this.readInner(q);
        }
        catch (e) {
            return { status: 'unavailable', detail: `the cache could not be read: ${baseline_cache_errorText(e)}` };
        }
        finally {
            await this.cleanup();
        }
    }
    async readInner(q) {
        if (!(await this.backend.available()))
            return { status: 'unavailable', detail: NOT_AVAILABLE };
        const mode = this.backend.mode;
        if (mode === 'none' || mode === 'write-only') {
            return { status: 'unavailable', detail: `cache reads are disabled for this job (ACTIONS_CACHE_MODE=${mode}).` };
        }
        const keys = baselineKeys(this.prefix, q.branch, q.commit ?? '0'.repeat(40), 0);
        const primary = (0,git/* isFullSha */.Wf)(q.commit) ? keys.sha : keys.branchPrefix;
        await (0,promises_.rm)(this.file, { force: true }); // never read a file left by an earlier call
        await (0,promises_.mkdir)(this.tempDir, { recursive: true });
        const res = await this.backend.restore([this.cachePath], primary, [keys.branchPrefix], false);
        if (res.timedOut)
            return { status: 'unavailable', detail: `reading the cache timed out (${words(res)}).` };
        if (res.value === undefined) {
            return res.warnings.length
                ? { status: 'unavailable', detail: `the cache could not be read: ${words(res)}` }
                : {
                    status: 'missing',
                    detail: `no cache entry for ${q.branch} yet (keys ${primary}${primary === keys.branchPrefix ? '*' : ` or ${keys.branchPrefix}*`}).`,
                };
        }
        this.log.debug(`baseline cache: restored ${res.value}`);
        let text;
        try {
            text = await (0,promises_.readFile)(this.file, 'utf8');
        }
        catch (e) {
            return {
                status: 'unavailable',
                detail: `the cache entry ${res.value} did not hold ${BASELINE_FILE} (${baseline_cache_errorText(e)}).`,
            };
        }
        try {
            const source = `cache entry ${res.value}`;
            return { status: 'found', snapshot: (0,baseline/* parseBaseline */.nk)(text, source), source };
        }
        catch (e) {
            return { status: 'unavailable', detail: baseline_cache_errorText(e) };
        }
    }
    async write(s) {
        try {
            return await this.writeInner(s);
        }
        catch (e) {
            return { status: 'failed', detail: `the baseline could not be saved to the cache: ${baseline_cache_errorText(e)}` };
        }
        finally {
            await this.cleanup();
        }
    }
    async writeInner(s) {
        if (!(await this.backend.available()))
            return { status: 'failed', detail: NOT_AVAILABLE };
        const mode = this.backend.mode;
        if (mode === 'none' || mode === 'read') {
            return { status: 'failed', detail: `cache writes are disabled for this job (ACTIONS_CACHE_MODE=${mode}).` };
        }
        if (!(0,git/* isFullSha */.Wf)(s.commit))
            return { status: 'failed', detail: `the snapshot names no full commit SHA (${JSON.stringify(s.commit)}).` };
        const keys = baselineKeys(this.prefix, s.branch, s.commit, s.commitTime);
        const canLook = mode !== 'write-only';
        await (0,promises_.mkdir)(this.tempDir, { recursive: true });
        await (0,promises_.writeFile)(this.file, (0,baseline/* serializeBaseline */.ky)(s));
        // What is there already?
        let shaExists = false;
        let branchExists = false;
        let newer;
        if (canLook) {
            const a = await this.backend.restore([this.cachePath], keys.sha, [], true);
            if (a.timedOut)
                return { status: 'failed', detail: `saving to the cache timed out (${words(a)}).` };
            if (a.value === undefined && a.warnings.length)
                return { status: 'failed', detail: `the cache could not be searched: ${words(a)}` };
            shaExists = a.value === keys.sha;
            const b = await this.backend.restore([this.cachePath], keys.branch, [keys.branchPrefix], true);
            if (b.timedOut)
                return { status: 'failed', detail: `saving to the cache timed out (${words(b)}).` };
            if (b.value === undefined && b.warnings.length)
                return { status: 'failed', detail: `the cache could not be searched: ${words(b)}` };
            branchExists = b.value === keys.branch;
            const t = b.value && !branchExists ? keyCommitTime(b.value) : undefined;
            if (t !== undefined && t > s.commitTime)
                newer = b.value;
        }
        /** undefined when the key is there now (saved by us or by another job), else why not. */
        const save = async (key) => {
            const r = await this.backend.save([this.cachePath], key);
            if (r.value === 'saved' || r.value === 'exists')
                return undefined;
            if (r.timedOut)
                return `timed out (${words(r)})`;
            return r.warnings.length
                ? words(r)
                : 'the cache service did not accept the entry (service unreachable, storage quota full, or a save of the same key that never finished)';
        };
        const saved = [];
        if (!shaExists) {
            const err = await save(keys.sha);
            if (err)
                return { status: 'failed', detail: `the baseline could not be saved to the cache as ${keys.sha}: ${err}` };
            saved.push(keys.sha);
        }
        if (newer) {
            return {
                status: 'skipped',
                detail: `the cache already has a newer baseline for ${s.branch} (${newer}); the snapshot of ${(0,git/* shortSha */.Fu)(s.commit)} was saved as ${keys.sha} only.`,
            };
        }
        if (!branchExists) {
            const err = await save(keys.branch);
            if (err)
                return { status: 'failed', detail: `the baseline could not be saved to the cache as ${keys.branch}: ${err}` };
            saved.push(keys.branch);
        }
        if (saved.length === 0)
            return {
                status: 'skipped',
                detail: `the cache already holds the baseline of ${(0,git/* shortSha */.Fu)(s.commit)} (${keys.branch}).`,
            };
        const unchecked = canLook ? '' : ' (not checked for a newer entry: ACTIONS_CACHE_MODE=write-only)';
        return {
            status: 'written',
            detail: `saved the baseline of ${s.branch} at ${(0,git/* shortSha */.Fu)(s.commit)} to the cache (${saved.join(', ')})${unchecked}.`,
        };
    }
}

;// CONCATENATED MODULE: ./packages/coverage/src/stores.ts
/**
 * The baseline stores on their own, for an entry that loads the one it needs on demand
 * (`await import('@quality/coverage/stores')`): a run without a baseline loads none of them.
 */





/***/ })

};
