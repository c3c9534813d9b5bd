export const id = 173;
export const ids = [173];
export const modules = {

/***/ 9329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ns: () => (/* binding */ analyze),
  Hx: () => (/* binding */ readPatch)
});

// UNUSED EXPORTS: gitChange, measureDiff, readReport

// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/coverage/src/detect.ts
/**
 * Format detection from content (the first few KB, see `sniff`), never from the file name:
 * `coverage.xml` is Cobertura from coverage.py and Clover from PHPUnit, `lcov.info` is
 * sometimes JSON, and CI artifacts get renamed.
 */

/** Skip the XML declaration, comments, processing instructions and DOCTYPE; return the root element's start tag and what follows. */
function xmlRoot(head) {
    let i = 0;
    let doctype = '';
    for (;;) {
        while (i < head.length && /\s/.test(head[i]))
            i++;
        if (head[i] !== '<')
            return null;
        if (head.startsWith('<?', i)) {
            const e = head.indexOf('?>', i);
            if (e < 0)
                return null;
            i = e + 2;
        }
        else if (head.startsWith('<!--', i)) {
            const e = head.indexOf('-->', i);
            if (e < 0)
                return null;
            i = e + 3;
        }
        else if (head.startsWith('<!', i)) {
            const e = head.indexOf('>', i);
            if (e < 0)
                return null;
            doctype = head.slice(i, e + 1);
            i = e + 1;
        }
        else {
            const e = head.indexOf('>', i);
            const root = e < 0 ? head.slice(i) : head.slice(i, e + 1);
            return { doctype, root, rest: e < 0 ? '' : head.slice(e + 1) };
        }
    }
}
function firstMeaningfulLine(head) {
    for (const raw of head.split('\n')) {
        const line = raw.replace(/\r$/, '').trim();
        if (line === '' || line.startsWith('#'))
            continue;
        return line;
    }
    return '';
}
/** Detect the format of a report from its first bytes (decoded text, BOM removed). */
function detectFormat(head) {
    const text = head.replace(/^\uFEFF/, '');
    const trimmed = text.trimStart();
    if (trimmed === '')
        return null;
    if (trimmed.startsWith('<')) {
        const x = xmlRoot(trimmed);
        if (!x)
            return null;
        if (/JACOCO/i.test(x.doctype))
            return 'jacoco';
        const name = /^<\s*([A-Za-z_][\w:.-]*)/.exec(x.root)?.[1];
        if (name === 'report')
            return 'jacoco';
        if (name === 'coverage') {
            if (/\sclover\s*=/.test(x.root))
                return 'clover';
            if (/\s(line-rate|lines-valid|branch-rate|lines-covered)\s*=/.test(x.root))
                return 'cobertura';
            const next = /<\s*([A-Za-z_][\w:.-]*)/.exec(x.rest)?.[1];
            if (next === 'project')
                return 'clover';
            if (next === 'sources' || next === 'packages' || next === 'source')
                return 'cobertura';
        }
        return null;
    }
    if (trimmed.startsWith('{')) {
        // json-summary: {"total": {"lines": {...}, "statements": {...}, ...}, "<file>": {...}}
        if (/"total"\s*:\s*\{\s*"(lines|statements|functions|branches|branchesTrue)"\s*:\s*\{/.test(trimmed))
            return 'istanbul-summary';
        // coverage-final: {"<file>": {"path": ..., "statementMap": {...}, "fnMap": ..., "s": ...}}
        if (/"(statementMap|fnMap|branchMap)"\s*:\s*\{/.test(trimmed))
            return 'istanbul';
        if (/^\{\s*\}\s*$/.test(trimmed))
            return 'istanbul'; // an empty coverage map
        return null;
    }
    const first = firstMeaningfulLine(text);
    if (/^mode:\s*(set|count|atomic)\s*$/.test(first))
        return 'go';
    if (/^(TN|SF|VER):/.test(first))
        return 'lcov';
    return null;
}
/** The error for a report whose format we could not recognise: what we tried, what we saw. */
function unknownFormatError(name, head) {
    const text = head.replace(/^\uFEFF/, '');
    if (text.trim() === '') {
        return new errors/* FileFormatError */.sY(name, undefined, 'is empty.', 'The test run probably did not write coverage: check that coverage is enabled and the report path is right.');
    }
    const first = firstMeaningfulLine(text);
    const shown = first.length > 80 ? `${first.slice(0, 80)}\u2026` : first;
    let hint = '';
    if (/"meta"\s*:\s*\{[^}]*"format"/.test(text) || /"files"\s*:\s*\{[^}]*"executed_lines"/.test(text)) {
        hint =
            ' This looks like coverage.py JSON, which is not supported: run `coverage xml` (Cobertura) or `coverage lcov` instead.';
    }
    else if (/^\s*<\?xml|^\s*</.test(text)) {
        hint = ' It is XML, but its root element is not one of <coverage> (Cobertura, Clover) or <report> (JaCoCo).';
    }
    return new errors/* FileFormatError */.sY(name, undefined, `is not a coverage report we recognise (it starts with ${JSON.stringify(shown)}).` +
        ' Tried: lcov (a TN:, SF: or VER: line), Go coverprofile (first line "mode: set|count|atomic"),' +
        ' istanbul coverage-final.json (statementMap/fnMap/branchMap) and coverage-summary.json ("total": {"lines": ...}),' +
        ' Cobertura XML (<coverage line-rate=...> or <coverage><packages>), Clover XML (<coverage><project>),' +
        ' JaCoCo XML (<report>, JACOCO DOCTYPE).' +
        hint, 'Check that the path points at the coverage report and not at another artifact, or set the format explicitly.');
}

// EXTERNAL MODULE: ./packages/coverage/src/diff-coverage.ts
var diff_coverage = __webpack_require__(7524);
// EXTERNAL MODULE: ./packages/coverage/src/diff.ts
var diff = __webpack_require__(4325);
// EXTERNAL MODULE: ./packages/kit/src/git.ts + 1 modules
var git = __webpack_require__(3137);
;// CONCATENATED MODULE: ./packages/coverage/src/git.ts
/**
 * The change of a branch against its merge base, parsed. The generic git layer (argument
 * arrays, ref validation, merge-base, deepening shallow clones) lives in `@quality/kit/git`,
 * shared with the matrix; this module adds what is coverage's own: the diff.
 */



/**
 * The change of `head` against its merge base with `base`, parsed: the same
 * "three-dot" diff a pull request shows (`git diff base...head`), so commits that
 * landed on the base branch after the branch point are not part of the change.
 * Throws a ConfigurationError when there is no merge base (see `ensureHistory`).
 */
async function diffAgainstBase(cwd, base, head = 'HEAD', known) {
    // A merge base the caller already has (ensureHistory's) saves a git run.
    const mb = known?.mergeBase ?? (await (0,git/* mergeBase */.wu)(cwd, base, head));
    if (mb === null)
        throw (0,git/* noMergeBase */.rc)(base, head, await (0,git/* isShallow */.fE)(cwd));
    return runDiff(cwd, [mb, head], `git diff ${mb.slice(0, 12)} ${head}`);
}
/**
 * `git diff base...head`: the same change, with git finding the merge base itself, so it can run
 * beside the run that finds it (`topLevelAndMergeBases`). With several merge bases git picks one:
 * use the result only when that run found exactly one.
 */
function diffThreeDot(cwd, base, head = 'HEAD') {
    assertRef(base, 'base');
    assertRef(head, 'head');
    return runDiff(cwd, [`${base}...${head}`], `git diff ${base}...${head}`);
}
async function runDiff(cwd, revisions, name) {
    const parser = new diff/* DiffParser */.bz({ name });
    const decoder = new TextDecoder('utf-8');
    await (0,git/* runGit */.EO)(cwd, [
        'diff',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        '-M',
        '--unified=0',
        '--ignore-submodules=all',
        '--src-prefix=a/',
        '--dst-prefix=b/',
        '--end-of-options',
        ...revisions,
    ], { onStdout: (c) => parser.write(decoder.decode(c, { stream: true })) });
    parser.write(decoder.decode());
    return parser.end();
}
function settle(p) {
    return p.then((value) => ({ ok: true, value }), (error) => ({ ok: false, error }));
}
/** The top level and every tracked file (`trackedFiles`: the index, or ls-files) from any folder in it. */
async function repoFiles(cwd) {
    const workspace = await (0,git/* repoRoot */.jv)(cwd);
    return { workspace, files: await (0,git/* trackedFiles */.O)(cwd, workspace) };
}

// EXTERNAL MODULE: ./packages/coverage/src/model/summary.ts
var summary = __webpack_require__(7230);
;// CONCATENATED MODULE: ./packages/coverage/src/headline.ts

/** coverage.py's display with precision 0: never 0 unless 0, never 100 unless 100. */
const coveragePy = (p) => {
    let v = Math.round(p);
    if (v === 0 && p > 0)
        v = 1;
    if (v === 100 && p < 100)
        v = 99;
    return `${v}%`;
};
/** istanbul floors to two decimals. */
const istanbul = (p) => `${Math.floor(p * 100) / 100}%`;
/** `go tool cover -func`, lcov and gcovr print one decimal. */
const oneDecimal = (p) => `${p.toFixed(1)}%`;
/** JaCoCo's HTML report floors to whole percent. */
const floorWhole = (p) => `${Math.floor(p)}%`;
function make(metric, c, rule, round) {
    if (!c)
        return null;
    const p = (0,summary/* percent */.KN)(c);
    return { metric, covered: c.covered, total: c.total, percent: p, rule, display: p === null ? 'n/a' : round(p) };
}
const sum = (...cs) => {
    const present = cs.filter((c) => c !== null);
    return present.length ? present.reduce(summary/* addCounters */.Zy) : null;
};
function headlineOf(producer, totals) {
    const t = totals;
    const candidates = [];
    switch (producer.name) {
        case 'coverage.py':
            // coverage.py counts statements as lines; with branch measurement its total is
            // (statements + branches covered) / (statements + branches).
            candidates.push(t.branches
                ? make('statements+branches', sum(t.lines, t.branches), 'coverage.py: (covered statements + covered branches) / (statements + branches)', coveragePy)
                : make('statements', t.lines, 'coverage.py: covered statements / statements', coveragePy));
            break;
        case 'go':
            candidates.push(make('statements', t.statements, 'go tool cover: covered statements / statements', oneDecimal));
            break;
        case 'istanbul':
            candidates.push(make('statements', t.statements, 'istanbul: covered statements / statements (floored to 2 decimals)', istanbul));
            break;
        case 'jacoco':
            candidates.push(make('instructions', t.instructions, 'JaCoCo: covered instructions / instructions (floored)', floorWhole));
            break;
        case 'openclover':
        case 'phpunit':
            candidates.push(make('elements', sum(t.statements, t.branches, t.functions), 'Clover TPC: (covered statements + conditionals + methods) / (statements + conditionals + methods)', oneDecimal));
            break;
        case 'gcovr':
            candidates.push(make('lines', t.lines, 'gcovr: covered lines / lines', oneDecimal));
            break;
        case 'lcov':
            candidates.push(make('lines', t.lines, 'lcov: covered lines / lines', oneDecimal));
            break;
        default:
            break;
    }
    const chosen = candidates.find((h) => h !== null);
    return (chosen ??
        make('lines', t.lines, 'lines: covered lines / executable lines (the producer is not identified)', istanbul));
}

// EXTERNAL MODULE: ./packages/coverage/src/input.ts
var input = __webpack_require__(116);
// EXTERNAL MODULE: ./packages/coverage/src/model/file-coverage.ts + 5 modules
var file_coverage = __webpack_require__(4994);
// EXTERNAL MODULE: ./packages/coverage/src/model/vocabulary.ts
var vocabulary = __webpack_require__(4100);
;// CONCATENATED MODULE: ./packages/coverage/src/merge.ts
/**
 * Merging coverage reports (several test jobs, several languages) at LINE level.
 *
 * Never averages percentages: every count is merged where it lives, then totals are
 * recomputed from the merged counts.
 *
 * - lines: hits summed per line (a line is covered when covered in any report);
 * - branches: per line, per branch index, hits summed (a branch is hit when hit in any
 *   report); a line listing more branches in one report than another keeps the longer
 *   list (the extra branches count as they are). Count-only lines (Cobertura, JaCoCo,
 *   Clover: "c of t branches covered", no identity): the larger covered and the larger
 *   total of the readings (two runs of one file see the same branches, so summing would
 *   double the total, as for instructions); counts met with a list read as c covered
 *   branches then t-c uncovered ones, merged by position: covered = c + the listed
 *   branches hit at positions >= c, total = the longer. Any count up to 2^53-1, in
 *   constant time (BranchTable);
 * - statements: by key, hits summed; `n` is the larger of the two (a key names the
 *   same source range in every report of one file, so they agree in practice);
 * - functions: by key, hits summed;
 * - instructions (JaCoCo): per line, the max of covered and of total (two runs of the
 *   same class file see the same instructions; summing would double the total).
 *
 * Metrics: the union. A metric counts over the files that carry data for it: merging
 * an LCOV report with branch data and a Go profile (no branches) gives a branch total
 * that is the sum over the LCOV files only, and Go files contribute 0/0, which is
 * what `summarizeFile` already yields for a file with no branch entries. So the
 * branch percent is "branches covered of the branches we know about", not diluted.
 *
 * Format: kept when all reports agree, else 'mixed'. Producer: kept when all agree
 * (a version kept only when all versions agree), else `unknown`. Source roots and
 * warnings: concatenated (roots deduplicated). Files are merged by key, so merge
 * reports AFTER `resolvePaths` (raw paths of different tools do not compare).
 *
 * Every total of the result is commutative and associative in the inputs (tested with
 * random reports). The inputs are not modified and share nothing with the result.
 * An empty list gives an empty report of format 'mixed'.
 */

function mergeReports(reports, options = {}) {
    if (reports.length === 0)
        return (0,file_coverage/* emptyReport */._O)('mixed');
    const first = reports[0];
    const format = reports.every((r) => r.format === first.format) ? first.format : 'mixed';
    const out = (0,file_coverage/* emptyReport */._O)(format, mergeProducers(reports.map((r) => r.producer)));
    const metrics = new Set();
    const roots = new Set();
    for (const r of reports) {
        for (const m of r.metrics)
            metrics.add(m);
        for (const s of r.sourceRoots)
            roots.add(s);
        out.warnings.push(...r.warnings);
        for (const [key, f] of r.files) {
            let target = out.files.get(key);
            if (!target) {
                if (options.consume) {
                    out.files.set(key, f);
                    continue;
                }
                target = new file_coverage/* FileCoverage */.zr(key);
                out.files.set(key, target);
            }
            mergeFrozen(target, f);
        }
    }
    // Keep the canonical metric order.
    out.metrics = new Set(vocabulary/* METRICS */.Cb.filter((m) => metrics.has(m)));
    out.sourceRoots = [...roots];
    return out;
}
function mergeProducers(ps) {
    const name = ps[0].name;
    if (!ps.every((p) => p.name === name))
        return { name: 'unknown' };
    const version = ps[0].version;
    return version !== undefined && ps.every((p) => p.version === version) ? { name, version } : { name };
}
/**
 * `mergeFileInto`, for files a parser may have frozen (moved to a spill file over its memory
 * budget): when either was frozen, the merged target is frozen again, so merging two large
 * reports file by file keeps the memory of one file at a time.
 */
function mergeFrozen(target, src) {
    const spill = target.frozenIn ?? src.frozenIn;
    mergeFileInto(target, src);
    if (!spill)
        return;
    try {
        target.freeze(spill);
    }
    catch {
        // The spill can no longer be written (a full disk): the merged file stays in memory, as
        // it was before freeze() failed; only memory, never a number, depends on it.
    }
}
/** Add the data of `src` into `target` (same rules as `mergeReports`). `src` is not modified. */
function mergeFileInto(target, src) {
    target.lines.mergeFrom(src.lines);
    target.branches.mergeFrom(src.branches);
    for (const [key, s] of src.statements) {
        const prev = target.statements.get(key);
        if (prev && s.n > prev.n)
            prev.n = s.n;
        target.addStatement(key, s, 'sum');
    }
    for (const [key, fn] of src.functions)
        target.addFunction(key, fn);
    for (const [line, c] of src.instructions)
        target.addInstructions(line, c.covered, c.total);
    if (src.summaryOnly) {
        // Summary-only counts (istanbul coverage-summary.json) have no lines to merge by: two
        // readings of one file give at least the larger covered count, so take the larger of each.
        const t = (target.summaryOnly ??= {});
        for (const [m, c] of Object.entries(src.summaryOnly)) {
            const prev = t[m];
            t[m] = prev ? { covered: Math.max(prev.covered, c.covered), total: Math.max(prev.total, c.total) } : { ...c };
        }
    }
}

// EXTERNAL MODULE: ./packages/coverage/src/parsers/limits.ts
var limits = __webpack_require__(2383);
;// CONCATENATED MODULE: ./packages/coverage/src/spill.ts
/**
 * A spill file: where a parser over its memory budget keeps the tables of files it has
 * finished (FileCoverage.freeze), so a 1 GB tracefile of distinct data is read in bounded
 * memory. The file lives in a directory the caller names (the runner's temp folder, the
 * system's for the CLI); it is unlinked as soon as it is open where the OS allows it (Linux,
 * macOS: the data lives until the descriptor closes), else removed at exit.
 *
 * Blocks are written once and read back when a file is next read; a block rewritten with no
 * more bytes than it had reuses its place, so a file that appears in many sections (concatenated
 * shards) does not grow the spill file each time.
 */


const closeLater = new FinalizationRegistry((fd) => {
    try {
        (0,external_node_fs_.closeSync)(fd);
    }
    catch {
        // already closed
    }
});
class SpillFile {
    fd;
    end = 0;
    /** Bytes written in all (for tests and the bench). */
    written = 0;
    /** The file's folder, when the OS would not unlink the open file: removed at close or exit. */
    home;
    onExit = () => this.close();
    constructor(dir) {
        const home = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(dir, 'quality-spill-'));
        const path = (0,external_node_path_.join)(home, 'model.bin');
        this.fd = (0,external_node_fs_.openSync)(path, 'w+', 0o600);
        try {
            (0,external_node_fs_.unlinkSync)(path);
            (0,external_node_fs_.rmSync)(home, { recursive: true, force: true });
        }
        catch {
            // Windows may refuse to unlink an open file: remove it at close, or when the process ends.
            this.home = home;
            process.once('exit', this.onExit);
        }
        closeLater.register(this, this.fd, this);
    }
    /** Bytes the file spans (blocks that moved leave their old place unused). */
    get size() {
        return this.end;
    }
    /** Write `bytes[0..len)`, in place of `prev` when it fits there. */
    put(bytes, len, prev) {
        let ref;
        if (prev && len <= prev.cap)
            ref = { off: prev.off, len, cap: prev.cap };
        else {
            ref = { off: this.end, len, cap: len };
            this.end += len;
        }
        let done = 0;
        while (done < len)
            done += (0,external_node_fs_.writeSync)(this.fd, bytes, done, len - done, ref.off + done);
        this.written += len;
        return ref;
    }
    /** Read a block back (a new buffer of exactly its length). */
    get(ref) {
        const out = Buffer.allocUnsafeSlow(ref.len);
        let done = 0;
        while (done < ref.len) {
            const n = (0,external_node_fs_.readSync)(this.fd, out, done, ref.len - done, ref.off + done);
            if (n === 0)
                throw new Error(`the coverage spill file ended at ${ref.off + done} while reading ${ref.len} bytes at ${ref.off}`);
            done += n;
        }
        return out;
    }
    /** Close the file (frozen files of this spill can no longer be read). */
    close() {
        if (this.fd < 0)
            return;
        closeLater.unregister(this);
        const fd = this.fd;
        this.fd = -1;
        (0,external_node_fs_.closeSync)(fd);
        if (this.home) {
            process.removeListener('exit', this.onExit);
            (0,external_node_fs_.rmSync)(this.home, { recursive: true, force: true });
            this.home = undefined;
        }
    }
}

;// CONCATENATED MODULE: ./packages/coverage/src/parsers/lcov.ts
/**
 * lcov tracefile parser (geninfo(1) "TRACEFILE FORMAT", lcov 1.x and 2.x records).
 *
 * Streaming and byte-oriented: chunks are scanned for '\n' with Buffer#indexOf, integers
 * are parsed from the bytes, and strings are only made for file names, function names and
 * branch ids. A line split across chunks is joined; CRLF is accepted.
 *
 * Counting rules (chosen to print what `lcov --summary` prints):
 * - lines: one per distinct DA line of a file; hits of repeated DA records (several TN
 *   sections, concatenated tracefiles, the same SF twice) are summed. LF/LH are ignored
 *   and recomputed.
 * - functions: keyed by name within a file (lcov counts names: two FN records with the
 *   same name are one function, the last FN line wins, FNDA hits are summed). An FNDA
 *   without an FN still counts (lcov 1.16 does the same). lcov 2's FNL/FNA are keyed by
 *   the name, but all FNA aliases of one FNL index are ONE function named after the first
 *   alias, hits summed (lcov 2 counts a location once, hit when any alias ran), so
 *   template instances and constructor aliases (C1/C2) are not counted twice. Names are taken whole (lcov 2); lcov 1.16 cuts
 *   them at the first comma, which only matters for demangled C++ signatures.
 *   `FN:<line>,<end>,<name>` (lcov 2) is read as start and end line when the second field
 *   is all digits, as lcov 2 does. FNF/FNH are ignored.
 * - branches: BRDA:<line>,<block>,<branch>,<taken>. The line is the first field, taken the
 *   last; everything between is the branch id (it may contain commas and spaces, e.g.
 *   coverage.py's "0,jump to line 14"). A branch is identified by (line, id) exactly like
 *   lcov's (line, block, branch): repeated ids are summed, also across sections of the same
 *   file. taken '-' (never evaluated) counts in the total and not as hit. BRF/BRH ignored.
 * - A section without any DA record is dropped (with a warning), as lcov does.
 *
 * Metrics: lines always; functions when FN/FNDA/FNL/FNA or an FNF record appears; branches
 * when BRDA or a BRF record appears (istanbul writes BRF:0 for a file without branches:
 * the metric is then 0/0, not absent).
 *
 * Tolerances (each leaves a warning in `report.warnings`):
 * - a negative count is an error naming the line (lcov 2 refuses it too, unless told to ignore
 *   it): a corrupt counter must not pass as "not run";
 * - counts above MAX_HITS saturate (only zero/non-zero matters for totals); counts above
 *   MAX_COUNT (2^53-1) are an error, and so is DA line 0 (coverage.py's BRDA line 0, an entry
 *   arc, is kept);
 * - a last section without end_of_record (a truncated file) is kept;
 * - a section whose LF differs from its DA line count (coverage.py 6.x lcov) is counted
 *   from the DA lines, like lcov --summary, with a warning that names the difference;
 * - lines that are not records we know (including LF/LH summaries' siblings from future
 *   lcov versions, MCDC) are skipped, as lcov skips them; '#' comments and blank lines too;
 * - a file name that is not valid UTF-8 is read as Latin-1 (so distinct names stay distinct).
 *
 * Errors (FileFormatError with the input line number): no records at all, a NUL byte (a
 * binary or zero-filled file), a line longer than MAX_LCOV_LINE_BYTES, a malformed
 * DA/FN/FNDA/FNL/FNA/BRDA record, a line number above MAX_LINE, coverage records before
 * any SF line.
 *
 * Memory: given `spillDir`, once the files read so far hold more than MODEL_BUDGET_BYTES of
 * tables, each file whose section ends is frozen (FileCoverage.freeze: tables to the spill
 * file, counters kept); a later section of the same file reads it back, adds to it and
 * freezes it again. Numbers are the same either way (tests parse both ways).
 */




/**
 * Longest line we accept. Real records are short (the longest are file paths and
 * demangled C++ names, kilobytes at most); a longer line means the input is not a
 * tracefile, and buffering it would only cost memory. 8 MiB keeps the worst case small.
 */
const MAX_LCOV_LINE_BYTES = 8 * 1024 * 1024;
/**
 * Files read so far may hold this many bytes of tables before finished files are frozen
 * (moved to the spill file until next read, FileCoverage.freeze). Reports of up to about
 * 60 MB of distinct data never get there; a 1 GB tracefile of distinct data would otherwise
 * need about 900 MB (tests/bench/lcov-bench.mjs --copies 1).
 */
const MODEL_BUDGET_BYTES = 32 * 1024 * 1024;
const C_NL = 10;
const C_CR = 13;
const C_COMMA = 44;
const C_MINUS = 45;
const C_DOT = 46;
const C_0 = 48;
const C_9 = 57;
/** Numeric branch ids: block * NUM_BRANCHES + branch, kept below 2^30 (V8 small integers). */
const NUM_BRANCHES = 1024;
const NUM_BLOCKS = 1 << 20;
const utf8Fatal = new TextDecoder('utf-8', { fatal: true });
const END_OF_RECORD = Buffer.from('end_of_record', 'latin1');
/** Whether buf[s..] starts with `word` (the caller checked the length). */
function startsWith(buf, s, word) {
    for (let i = 0; i < word.length; i++)
        if (buf[s + i] !== word[i])
            return false;
    return true;
}
function show(buf, s, e) {
    const cut = e - s > 120;
    return JSON.stringify(buf.toString('utf8', s, cut ? s + 120 : e) + (cut ? '\u2026' : ''));
}
class LcovReader {
    name;
    report = (0,file_coverage/* emptyReport */._O)('lcov');
    lineNo = 0;
    pending = [];
    pendingLen = 0;
    file = null;
    fileLine = 0;
    /**
     * Where the next FN / FNDA record of the section probably is in the file's function table:
     * geninfo lists a section's FNDA records in the order of its FN records, and every copy of a
     * file (other TN sections, merged tracefiles) in the same order. A record whose name bytes
     * equal the key there is applied without making a string or a lookup.
     */
    fnCursor = 0;
    /**
     * DA and BRDA records of the current section, applied to the file at its end: the tables
     * then grow once to their final size instead of step by step (a new file's arrays would
     * otherwise be reallocated a dozen times). Reused from section to section.
     */
    daLine = new Uint32Array(1024);
    daHits = new Uint32Array(1024);
    daN = 0;
    daMax = 0;
    brLine = new Uint32Array(256);
    brId = new Int32Array(256);
    brHits = new Uint32Array(256);
    brN = 0;
    fndaCursor = 0;
    fnlIndex = new Map();
    /** Branch ids that are not gcov's "<block>,<branch>" numbers, as negative ints (-1, -2, ...). */
    textIds = new Map();
    sawFunctions = false;
    sawBranches = false;
    records = 0;
    unknown = 0;
    unknownAt = 0;
    unknownText = '';
    latin1Names = 0;
    unterminated = 0;
    sectionLF = NaN;
    sectionDA = 0;
    lfMismatch = 0;
    lfMismatchText = '';
    /** Index after the last number parsed. */
    p = 0;
    /** Bytes each file's tables held when its last section ended, and their sum (for freezeAbove). */
    held = new Map();
    heldBytes = 0;
    spill;
    spillDir;
    freezeAbove;
    constructor(name, opts = {}) {
        this.name = name;
        this.spillDir = opts.spillDir;
        this.freezeAbove = opts.freezeAboveBytes ?? MODEL_BUDGET_BYTES;
    }
    /**
     * A section of `f` is complete: compact it and, once the files read so far hold more than
     * the budget (and there is a spill folder), freeze it (it thaws if a later section of the
     * same file comes).
     */
    done(f) {
        f.compact();
        const before = this.held.get(f) ?? 0;
        let size = f.byteSize();
        if (this.spillDir !== undefined && this.heldBytes + size - before > this.freezeAbove) {
            try {
                if (f.freeze((this.spill ??= new SpillFile(this.spillDir))))
                    size = f.byteSize();
            }
            catch (e) {
                this.warn(`could not use a spill file in ${this.spillDir} (${e instanceof Error ? e.message : String(e)}): the rest of the report is held in memory, which may need more than 300 MB for a report this large`);
                this.spillDir = undefined;
            }
        }
        this.heldBytes += size - before;
        this.held.set(f, size);
    }
    push(chunk) {
        const nul = chunk.indexOf(0);
        if (nul !== -1)
            this.nulError(chunk, nul);
        let pos = 0;
        if (this.pendingLen > 0) {
            const nl = chunk.indexOf(C_NL);
            if (nl === -1) {
                this.pending.push(chunk);
                this.pendingLen += chunk.length;
                if (this.pendingLen > MAX_LCOV_LINE_BYTES)
                    this.tooLong();
                return;
            }
            if (this.pendingLen + nl > MAX_LCOV_LINE_BYTES)
                this.tooLong();
            this.pending.push(chunk.subarray(0, nl));
            const joined = Buffer.concat(this.pending, this.pendingLen + nl);
            this.pending = [];
            this.pendingLen = 0;
            this.line(joined, 0, joined.length);
            pos = nl + 1;
        }
        const len = chunk.length;
        for (;;) {
            // Fast path for the most common record, "DA:<line>,<hits>\n" (half the lines of a
            // tracefile): parsed while looking for its end, no indexOf and no dispatch. Anything
            // else (a checksum, a sign, a fraction, a line cut by the chunk end) takes da().
            if (pos + 3 < len && chunk[pos] === 68 && chunk[pos + 1] === 65 && chunk[pos + 2] === 58 && this.file !== null) {
                let i = pos + 3;
                let line = 0;
                let c = 0;
                while (i < len && (c = chunk[i]) >= C_0 && c <= C_9) {
                    line = line * 10 + (c - C_0);
                    i++;
                }
                if (i > pos + 3 && c === C_COMMA) {
                    let j = i + 1;
                    let hits = 0;
                    while (j < len && (c = chunk[j]) >= C_0 && c <= C_9) {
                        hits = hits < 1e15 ? hits * 10 + (c - C_0) : Infinity;
                        j++;
                    }
                    if (j > i + 1 && j < len && line !== 0 && line <= vocabulary/* MAX_LINE */.MV && hits <= limits/* MAX_COUNT */.H$) {
                        // "\n", or "\r\n" (a tracefile written on Windows)
                        const end = c === C_NL ? j : c === C_CR && j + 1 < len && chunk[j + 1] === C_NL ? j + 1 : -1;
                        if (end !== -1) {
                            this.lineNo++;
                            this.addDA(line, hits > vocabulary/* MAX_HITS */.So ? vocabulary/* MAX_HITS */.So : hits);
                            pos = end + 1;
                            continue;
                        }
                    }
                }
            }
            const nl = chunk.indexOf(C_NL, pos);
            if (nl === -1)
                break;
            if (nl - pos > MAX_LCOV_LINE_BYTES)
                this.tooLong();
            this.line(chunk, pos, nl);
            pos = nl + 1;
        }
        if (pos < len) {
            if (len - pos > MAX_LCOV_LINE_BYTES)
                this.tooLong();
            this.pending.push(chunk.subarray(pos));
            this.pendingLen = len - pos;
        }
    }
    finish() {
        if (this.pendingLen > 0) {
            const last = Buffer.concat(this.pending, this.pendingLen);
            this.pending = [];
            this.pendingLen = 0;
            this.line(last, 0, last.length);
        }
        const r = this.report;
        if (this.file) {
            this.flush(this.file);
            this.done(this.file);
            this.warn(`the last section (SF at line ${this.fileLine}) has no end_of_record: the file may be truncated; its data was kept`);
            this.file = null;
        }
        if (this.records === 0) {
            throw new errors/* FileFormatError */.sY(this.name, undefined, 'contains no lcov coverage records (no SF: section with DA: lines).', 'The test run probably wrote no coverage: check that coverage is enabled for the tests that ran.');
        }
        let dropped = 0;
        this.held.clear();
        for (const [path, f] of r.files) {
            if (f.lineCount === 0) {
                r.files.delete(path);
                dropped++;
            }
        }
        if (dropped > 0)
            this.warn(`${dropped} source file section(s) without any DA line were ignored (lcov ignores them too)`);
        if (this.sawFunctions)
            r.metrics.add('functions');
        if (this.sawBranches)
            r.metrics.add('branches');
        if (this.unterminated > 0)
            this.warn(`${this.unterminated} section(s) started before the previous one's end_of_record`);
        if (this.lfMismatch > 0) {
            this.warn(`${this.lfMismatch} section(s) have an LF (lines found) that differs from their number of DA lines (first: ${this.lfMismatchText}); ` +
                'totals are counted from the DA lines, as lcov --summary does. coverage.py 6.x writes such files (it adds executed lines that are not ' +
                "statements, e.g. docstrings): its own report counts LF; use `coverage xml` to gate on coverage.py's exact numbers");
        }
        if (this.latin1Names > 0)
            this.warn(`${this.latin1Names} name(s) are not valid UTF-8 and were read as Latin-1`);
        if (this.unknown > 0)
            this.warn(`${this.unknown} line(s) that are not lcov records were skipped (first at line ${this.unknownAt}: ${this.unknownText})`);
        this.textIds.clear();
        (0,file_coverage/* releaseParseState */.Ig)(r);
        return r;
    }
    // -------------------------------------------------------------------------------
    warn(msg) {
        this.report.warnings.push(`${this.name}: ${msg}`);
    }
    nulError(chunk, nul) {
        let line = this.lineNo + 1;
        for (let i = chunk.indexOf(C_NL); i !== -1 && i < nul; i = chunk.indexOf(C_NL, i + 1))
            line++;
        throw new errors/* FileFormatError */.sY(this.name, line, 'contains a NUL byte: this is a binary file, or the report was cut short and zero-filled while being written.', 'Regenerate the report, and pass the lcov tracefile (.info), not a .gcda/.profraw file.');
    }
    tooLong() {
        throw new errors/* FileFormatError */.sY(this.name, this.lineNo + 1, `has a line longer than ${MAX_LCOV_LINE_BYTES / (1024 * 1024)} MiB, which no lcov record is.`, 'This is not an lcov tracefile, or it is corrupt.');
    }
    bad(buf, s, e, expected) {
        throw new errors/* FileFormatError */.sY(this.name, this.lineNo, `malformed record ${show(buf, s, e)}: expected ${expected}.`);
    }
    needFile(buf, s, e) {
        if (this.file)
            return this.file;
        throw new errors/* FileFormatError */.sY(this.name, this.lineNo, `coverage record ${show(buf, s, e)} is outside a source file section (no SF: line before it).`, 'The tracefile is truncated at the start or was concatenated wrongly.');
    }
    /** Unsigned integer at i; NaN when there is no digit. Sets this.p. */
    uint(buf, i, e) {
        let v = 0;
        const start = i;
        while (i < e) {
            const c = buf[i];
            if (c < C_0 || c > C_9)
                break;
            v = v < 1e15 ? v * 10 + (c - C_0) : Infinity;
            i++;
        }
        this.p = i;
        return i === start ? NaN : v > limits/* MAX_COUNT */.H$ ? Infinity : v;
    }
    /** A count: digits, optional fraction (dropped). Negative or beyond MAX_COUNT: an error. */
    count(buf, i, e) {
        const neg = i < e && buf[i] === C_MINUS;
        const v = this.uint(buf, neg ? i + 1 : i, e);
        if (Number.isNaN(v))
            return NaN;
        if (this.p < e && buf[this.p] === C_DOT) {
            const q = this.p + 1;
            this.uint(buf, q, e);
            if (this.p === q)
                return NaN;
        }
        if (neg && v !== 0) {
            throw new errors/* FileFormatError */.sY(this.name, this.lineNo, `the count in ${show(buf, i, e)} is negative: counts are never below 0.`, 'The report is corrupt (gcov writes negative counters when a multi-threaded program updates them without atomics: build with -fprofile-update=atomic); regenerate it.');
        }
        else if (v === Infinity) {
            throw new errors/* FileFormatError */.sY(this.name, this.lineNo, `a count in ${show(buf, i, e)} is larger than ${limits/* MAX_COUNT */.H$}.`, 'The report is corrupt; regenerate it.');
        }
        return v > vocabulary/* MAX_HITS */.So ? vocabulary/* MAX_HITS */.So : v;
    }
    lineNumber(buf, s, e, v) {
        if (v > vocabulary/* MAX_LINE */.MV) {
            throw new errors/* FileFormatError */.sY(this.name, this.lineNo, `line number ${v} in ${show(buf, s, e)} is above ${vocabulary/* MAX_LINE */.MV}.`, 'The report is corrupt.');
        }
        return v;
    }
    text(buf, s, e) {
        for (let i = s; i < e; i++) {
            if (buf[i] >= 0x80) {
                try {
                    return utf8Fatal.decode(buf.subarray(s, e));
                }
                catch {
                    this.latin1Names++;
                    return buf.toString('latin1', s, e);
                }
            }
        }
        return buf.toString('latin1', s, e);
    }
    line(buf, s, e) {
        this.lineNo++;
        if (e > s && buf[e - 1] === C_CR)
            e--;
        // The four records that make up nearly all of a tracefile, in a function small enough to inline.
        if (e - s > 4) {
            const c0 = buf[s];
            const c1 = buf[s + 1];
            const c2 = buf[s + 2];
            if (c0 === 68 && c1 === 65 && c2 === 58)
                return this.da(buf, s, e);
            if (c0 === 66 && c1 === 82 && c2 === 68 && buf[s + 3] === 65 && buf[s + 4] === 58)
                return this.brda(buf, s, e);
            if (c0 === 70 && c1 === 78) {
                if (c2 === 58)
                    return this.fn(buf, s, e);
                if (c2 === 68 && buf[s + 3] === 65 && buf[s + 4] === 58)
                    return this.fnda(buf, s, e);
            }
        }
        this.record(buf, s, e);
    }
    /** Any record (line without its '\n' and '\r'). */
    record(buf, s, e) {
        if (e === s)
            return;
        const c0 = buf[s];
        const c1 = e - s > 1 ? buf[s + 1] : 0;
        const c2 = e - s > 2 ? buf[s + 2] : 0;
        // D A :
        if (c0 === 68 && c1 === 65 && c2 === 58)
            return this.da(buf, s, e);
        // B R D A :
        if (c0 === 66 && c1 === 82 && c2 === 68 && e - s > 4 && buf[s + 3] === 65 && buf[s + 4] === 58)
            return this.brda(buf, s, e);
        if (c0 === 70 && c1 === 78) {
            // F N
            if (c2 === 58)
                return this.fn(buf, s, e);
            const c3 = e - s > 3 ? buf[s + 3] : 0;
            if (c2 === 68 && c3 === 65 && e - s > 4 && buf[s + 4] === 58)
                return this.fnda(buf, s, e);
            if (c2 === 76 && c3 === 58)
                return this.fnl(buf, s, e);
            if (c2 === 65 && c3 === 58)
                return this.fna(buf, s, e);
            if ((c2 === 70 || c2 === 72) && c3 === 58) {
                // FNF, FNH: ignored, but FNF says the tool measured functions (FNF:0 included)
                if (c2 === 70)
                    this.sawFunctions = true;
                return;
            }
        }
        // S F :  (K F : is lcov's spelling for a file kept by --keep)
        if ((c0 === 83 || c0 === 75) && c1 === 70 && c2 === 58)
            return this.sf(buf, s, e);
        if (c0 === 101 && e - s >= 13 && startsWith(buf, s, END_OF_RECORD))
            return this.endOfRecord();
        // LF LH BRF BRH TN VER: summaries and metadata we recompute or do not need
        if (c0 === 76 && c1 === 70 && c2 === 58) {
            this.sectionLF = this.uint(buf, s + 3, e);
            return;
        }
        if (c0 === 76 && c1 === 72 && c2 === 58)
            return;
        if (c0 === 66 && c1 === 82 && (c2 === 70 || c2 === 72) && e - s > 3 && buf[s + 3] === 58) {
            if (c2 === 70)
                this.sawBranches = true; // BRF (even BRF:0): the tool measured branches
            return;
        }
        if (c0 === 84 && c1 === 78 && c2 === 58)
            return;
        if (c0 === 86 && c1 === 69 && c2 === 82 && e - s > 3 && buf[s + 3] === 58)
            return;
        if (c0 === 35)
            return; // '#' comment
        if (this.unknown++ === 0) {
            this.unknownAt = this.lineNo;
            this.unknownText = show(buf, s, e);
        }
    }
    /** Apply the section's buffered DA and BRDA records to its file, in record order. */
    flush(f) {
        const n = this.daN;
        if (n > 0) {
            const lines = f.lines;
            lines.reserve(this.daMax);
            const dl = this.daLine;
            const dh = this.daHits;
            for (let i = 0; i < n; i++)
                lines.add(dl[i], dh[i]);
            this.daN = 0;
            this.daMax = 0;
        }
        const k = this.brN;
        if (k > 0) {
            const br = f.branches;
            if (br.size === 0)
                br.reserve(k);
            const bl = this.brLine;
            const bi = this.brId;
            const bh = this.brHits;
            for (let i = 0; i < k; i++)
                br.addById(bl[i], bi[i], bh[i]);
            this.brN = 0;
        }
    }
    sf(buf, s, e) {
        if (this.file) {
            this.flush(this.file);
            this.done(this.file);
            this.unterminated++;
        }
        const path = this.text(buf, s + 3, e);
        if (path === '')
            throw new errors/* FileFormatError */.sY(this.name, this.lineNo, 'SF: record without a file name.');
        this.file = (0,file_coverage/* fileOf */.W7)(this.report, path);
        this.fileLine = this.lineNo;
        this.fnCursor = 0;
        this.fndaCursor = 0;
        this.fnlIndex.clear();
        this.sectionLF = NaN;
        this.sectionDA = 0;
    }
    endOfRecord() {
        const lf = this.sectionLF;
        if (this.file && !Number.isNaN(lf) && lf !== this.sectionDA && this.lfMismatch++ === 0) {
            this.lfMismatchText = `${this.file.path}: LF:${lf} but ${this.sectionDA} DA lines`;
        }
        this.sectionLF = NaN;
        this.sectionDA = 0;
        if (this.file) {
            this.flush(this.file);
            this.done(this.file);
        }
        this.file = null;
        this.fnlIndex.clear();
    }
    /** A DA record the fast path in push() did not take (checksum, sign, fraction, cut by a chunk end, malformed). */
    da(buf, s, e) {
        if (this.file === null)
            this.needFile(buf, s, e);
        const line = this.uint(buf, s + 3, e);
        let i = this.p;
        if (Number.isNaN(line) || i >= e || buf[i] !== C_COMMA)
            this.bad(buf, s, e, '"DA:<line>,<hits>[,<checksum>]"');
        const hits = this.count(buf, i + 1, e);
        i = this.p;
        if (Number.isNaN(hits) || (i < e && buf[i] !== C_COMMA))
            this.bad(buf, s, e, '"DA:<line>,<hits>[,<checksum>]"');
        if (line === 0)
            throw new errors/* FileFormatError */.sY(this.name, this.lineNo, `DA record ${show(buf, s, e)} names line 0: line numbers start at 1.`, 'The report is corrupt; regenerate it.');
        this.addDA(this.lineNumber(buf, s, e, line), hits);
    }
    /** Buffer one DA record of the current section (line checked, hits clamped). */
    addDA(line, hits) {
        let n = this.daN;
        if (n === this.daLine.length) {
            this.daLine = growScratch(this.daLine);
            this.daHits = growScratch(this.daHits);
        }
        this.daLine[n] = line;
        this.daHits[n] = hits;
        this.daN = ++n;
        if (line > this.daMax)
            this.daMax = line;
        this.records++;
        this.sectionDA++;
    }
    brda(buf, s, e) {
        this.needFile(buf, s, e);
        const line = this.uint(buf, s + 5, e);
        const first = this.p;
        let last = e - 1;
        while (last > first && buf[last] !== C_COMMA)
            last--;
        if (Number.isNaN(line) || first >= e || buf[first] !== C_COMMA || last <= first + 1) {
            this.bad(buf, s, e, '"BRDA:<line>,<block>,<branch>,<taken>"');
        }
        let hits;
        if (last + 2 === e && buf[last + 1] === C_MINUS)
            hits = 0;
        else {
            hits = this.count(buf, last + 1, e);
            if (Number.isNaN(hits) || this.p !== e)
                this.bad(buf, s, e, '"BRDA:<line>,<block>,<branch>,<taken>" with taken a number or "-"');
        }
        this.lineNumber(buf, s, e, line);
        // gcov's "<block>,<branch>" (small integers) becomes a number >= 0, anything else an interned negative id.
        let id = -1;
        const block = this.uint(buf, first + 1, last);
        if (!Number.isNaN(block) && block < NUM_BLOCKS && buf[this.p] === C_COMMA) {
            const branch = this.uint(buf, this.p + 1, last);
            if (!Number.isNaN(branch) && this.p === last && branch < NUM_BRANCHES)
                id = block * NUM_BRANCHES + branch;
        }
        if (id === -1) {
            const text = buf.toString('latin1', first + 1, last);
            id = this.textIds.get(text) ?? 0;
            if (id === 0) {
                id = -(this.textIds.size + 1);
                this.textIds.set(text, id);
            }
        }
        const n = this.brN;
        if (n === this.brLine.length) {
            this.brLine = growScratch(this.brLine);
            this.brId = growScratch(this.brId);
            this.brHits = growScratch(this.brHits);
        }
        this.brLine[n] = line;
        this.brId[n] = id;
        this.brHits[n] = hits;
        this.brN = n + 1;
        this.sawBranches = true;
    }
    /** FN:<line>,[<end>,]<name> */
    fn(buf, s, e) {
        const f = this.needFile(buf, s, e);
        const line = this.uint(buf, s + 3, e);
        let i = this.p;
        if (Number.isNaN(line) || i >= e || buf[i] !== C_COMMA)
            this.bad(buf, s, e, '"FN:<line>,[<end line>,]<name>"');
        let end;
        const maybeEnd = this.uint(buf, i + 1, e);
        if (!Number.isNaN(maybeEnd) && this.p < e && buf[this.p] === C_COMMA && this.p + 1 < e) {
            end = this.lineNumber(buf, s, e, maybeEnd);
            i = this.p;
        }
        if (i + 1 >= e)
            this.bad(buf, s, e, '"FN:<line>,[<end line>,]<name>"');
        const c = this.fnCursor;
        const fns = f.functions;
        if (fns.keyEquals(c, buf, i + 1, e)) {
            fns.locate(c, this.lineNumber(buf, s, e, line), end);
            this.sawFunctions = true;
            this.fnCursor = c + 1;
            return;
        }
        const at = fns.findBytes(buf, i + 1, e);
        if (at >= 0) {
            fns.locate(at, this.lineNumber(buf, s, e, line), end);
            this.sawFunctions = true;
            this.fnCursor = at + 1;
            return;
        }
        if (at === -1) {
            this.fnCursor = fns.addBytes(buf, i + 1, e, this.lineNumber(buf, s, e, line), end, 0) + 1;
            this.sawFunctions = true;
            return;
        }
        const name = this.text(buf, i + 1, e);
        this.fnCursor = this.defineFunction(f, name, this.lineNumber(buf, s, e, line), end) + 1;
    }
    /** Returns the function's index. */
    defineFunction(f, name, line, end) {
        let i = f.functions.indexOf(name);
        if (i !== -1) {
            f.functions.locate(i, line, end);
        }
        else {
            i = f.functions.addNew(name, end === undefined ? { name, line, hits: 0 } : { name, line, endLine: end, hits: 0 });
        }
        this.sawFunctions = true;
        return i;
    }
    /** FNDA:<hits>,<name> */
    fnda(buf, s, e) {
        const f = this.needFile(buf, s, e);
        let hits = 0;
        let i = s + 5;
        let ch = 0;
        while (i < e && (ch = buf[i]) >= C_0 && ch <= C_9) {
            if (hits < 1e15)
                hits = hits * 10 + (ch - C_0);
            i++;
        }
        if (i === s + 5 || ch !== C_COMMA) {
            // not plain digits and a comma: a sign or a fraction (count() reads them), or malformed
            hits = this.count(buf, s + 5, e);
            i = this.p;
        }
        else if (hits > vocabulary/* MAX_HITS */.So)
            hits = vocabulary/* MAX_HITS */.So;
        if (Number.isNaN(hits) || i + 1 >= e || buf[i] !== C_COMMA)
            this.bad(buf, s, e, '"FNDA:<hits>,<name>"');
        this.sawFunctions = true;
        const c = this.fndaCursor;
        const fns = f.functions;
        if (fns.keyEquals(c, buf, i + 1, e)) {
            fns.addHits(c, hits);
            this.fndaCursor = c + 1;
            return;
        }
        const at = fns.findBytes(buf, i + 1, e);
        if (at >= 0) {
            fns.addHits(at, hits);
            this.fndaCursor = at + 1;
            return;
        }
        if (at === -1) {
            this.fndaCursor = fns.addBytes(buf, i + 1, e, 0, undefined, hits) + 1;
            return;
        }
        const name = this.text(buf, i + 1, e);
        this.fndaCursor = fns.add(name, { name, line: 0, hits }) + 1;
    }
    /** FNL:<index>,<line>[,<end>] (lcov 2.2) */
    fnl(buf, s, e) {
        this.needFile(buf, s, e);
        const idx = this.uint(buf, s + 4, e);
        let i = this.p;
        if (Number.isNaN(idx) || i >= e || buf[i] !== C_COMMA)
            this.bad(buf, s, e, '"FNL:<index>,<line>[,<end line>]"');
        const line = this.uint(buf, i + 1, e);
        i = this.p;
        let end;
        if (!Number.isNaN(line) && i < e && buf[i] === C_COMMA) {
            end = this.uint(buf, i + 1, e);
            i = this.p;
            if (Number.isNaN(end))
                i = -1;
        }
        if (Number.isNaN(line) || i !== e)
            this.bad(buf, s, e, '"FNL:<index>,<line>[,<end line>]"');
        this.fnlIndex.set(idx, {
            line: this.lineNumber(buf, s, e, line),
            end: end === undefined ? undefined : this.lineNumber(buf, s, e, end),
        });
        this.sawFunctions = true;
    }
    /** FNA:<index>,<hits>,<name> (lcov 2.2) */
    fna(buf, s, e) {
        const f = this.needFile(buf, s, e);
        const idx = this.uint(buf, s + 4, e);
        let i = this.p;
        if (Number.isNaN(idx) || i >= e || buf[i] !== C_COMMA)
            this.bad(buf, s, e, '"FNA:<index>,<hits>,<name>"');
        const hits = this.count(buf, i + 1, e);
        i = this.p;
        if (Number.isNaN(hits) || i + 1 >= e || buf[i] !== C_COMMA)
            this.bad(buf, s, e, '"FNA:<index>,<hits>,<name>"');
        const loc = this.fnlIndex.get(idx);
        if (!loc) {
            throw new errors/* FileFormatError */.sY(this.name, this.lineNo, `FNA record ${show(buf, s, e)} names function index ${idx}, which no FNL record of this section defines.`);
        }
        const name = this.text(buf, i + 1, e);
        // Aliases of one index are one function (lcov 2 counts locations): the first alias names it.
        const key = (loc.key ??= name);
        if (key === name)
            this.defineFunction(f, name, loc.line, loc.end);
        f.addFunction(key, { name: key, line: loc.line, hits });
    }
}
function growScratch(a) {
    const next = a instanceof Int32Array ? new Int32Array(a.length * 2) : new Uint32Array(a.length * 2);
    next.set(a);
    return next;
}
/** Parse an lcov tracefile. See the module comment for the counting rules and tolerances. */
const parseLcov = async (chunks, ctx) => {
    const r = new LcovReader(ctx.name, ctx);
    for await (const c of chunks)
        r.push(c);
    return r.finish();
};
function parseLcovBuffer(buf, name = '<memory>', opts = {}) {
    const r = new LcovReader(name, opts);
    r.push(typeof buf === 'string' ? Buffer.from(buf, 'utf8') : buf);
    return r.finish();
}

;// CONCATENATED MODULE: ./packages/coverage/src/parsers/index.ts

const parsers = {
    lcov: parseLcov,
    go: async (chunks, ctx) => (await __webpack_require__.e(/* import() */ 193).then(__webpack_require__.bind(__webpack_require__, 8574))).parseGo(chunks, ctx),
    istanbul: async (chunks, ctx) => (await __webpack_require__.e(/* import() */ 681).then(__webpack_require__.bind(__webpack_require__, 2681))).parseIstanbul(chunks, ctx),
    'istanbul-summary': async (chunks, ctx) => (await __webpack_require__.e(/* import() */ 681).then(__webpack_require__.bind(__webpack_require__, 2681))).parseIstanbulSummary(chunks, ctx),
    cobertura: async (chunks, ctx) => (await Promise.all(/* import() */[__webpack_require__.e(937), __webpack_require__.e(330)]).then(__webpack_require__.bind(__webpack_require__, 330))).parseCobertura(chunks, ctx),
    clover: async (chunks, ctx) => (await Promise.all(/* import() */[__webpack_require__.e(937), __webpack_require__.e(430)]).then(__webpack_require__.bind(__webpack_require__, 4430))).parseClover(chunks, ctx),
    jacoco: async (chunks, ctx) => (await Promise.all(/* import() */[__webpack_require__.e(937), __webpack_require__.e(766)]).then(__webpack_require__.bind(__webpack_require__, 766))).parseJacoco(chunks, ctx),
};

// EXTERNAL MODULE: ./packages/kit/src/files.ts
var files = __webpack_require__(8371);
;// CONCATENATED MODULE: ./packages/coverage/src/paths.ts
/**
 * Resolving the paths a coverage report wrote to repository-relative paths.
 *
 * Reports name files in many ways: absolute paths of the machine (or container) that
 * ran the tests, Windows paths, paths relative to a `<source>` root, Go import paths,
 * JaCoCo package paths (`com/x/A.java`). The diff and the repository name files one
 * way: '/'-separated, relative to the repository top level, as `git ls-files` lists
 * them. `resolvePaths` maps the first onto the second.
 *
 * Rules, in order, for each report path (first hit in the git file list wins):
 *  1. `pathMap` rewrites (prefix rules, on whole segments; the longest `from` wins);
 *  2. normalise: `file://` URLs, backslashes, Windows drive letters, `.`/`..`/`//`;
 *     Go's `_/abs/path` (GOPATH-less local import) becomes `/abs/path`;
 *  3. absolute path: strip the workspace prefix (case-insensitively for drive-letter
 *     paths); else strip each absolute `sourceRoots` entry and try the rest relative to
 *     the workspace;
 *     relative path: try it as is; then under each Go module (`example.com/m/pkg/f.go`
 *     -> `<module dir>/pkg/f.go`, longest module path first); then joined with each
 *     source root (relative roots are workspace-relative; absolute roots are stripped
 *     of the workspace prefix, or, outside it, joined and handled as absolute);
 *  4. longest common suffix, on whole segments, with the git file list: finds
 *     `src/com/x/A.java` for `/build/src/com/x/A.java` AND
 *     `module/src/main/java/com/x/A.java` for JaCoCo's `com/x/A.java`. When several files
 *     share the longest suffix the path is NOT guessed: it goes to `unmapped` with
 *     reason "ambiguous: a, b".
 *
 * Safety: a relative path that climbs out of the workspace (`../../etc/passwd`) is
 * rejected (reason "outside the workspace"), it is not suffix-matched; every resolved
 * path is an entry of the git file list (entries that are absolute or contain `.`/`..`
 * segments are ignored), so no result is outside the workspace or contains `..`.
 *
 * Untracked files (generated code that exists on disk but is not in `git ls-files`) are
 * unmapped by default (reason "not tracked by git"), as Codecov does: a change can
 * only touch tracked files, and keeping the engine a function of its arguments (no
 * disk probing) makes it deterministic. `keepUntracked: true` keeps a path that
 * lies plainly inside the workspace (after step 3) under its workspace-relative path.
 *
 * Several report entries that resolve to the same file are merged (`mergeFrozen`)
 * into a fresh entry; an entry that maps alone is reused, its `path` updated.
 *
 * Cost: O(total path length) per report path after a one-off index of the git list
 * (a map from every segment suffix of every file, built only when a path needs it).
 */



const DRIVE_SEGMENT = /^[A-Za-z]:$/;
const NEEDS_WORK = /[\\:]|\/\/|(^|\/)\.\.?(\/|$)|\/$/;
/** Normalise a path: backslashes, drive letters, URL form, `.`/`..`/empty segments. Leading `..` of a relative path stay. */
function normalizePath(p) {
    if (!NEEDS_WORK.test(p)) {
        // Fast path: '/'-separated, no dot or empty segments, no drive, no URL.
        if (p.charCodeAt(0) === 47)
            return { root: '/', segs: p.slice(1).split('/') };
        return { root: '', segs: p === '' ? [] : p.split('/') };
    }
    let s = p;
    if (/^file:\/\//i.test(s)) {
        s = s.slice(7);
        try {
            s = decodeURIComponent(s);
        }
        catch {
            // keep as is
        }
        if (/^\/[A-Za-z]:[\\/]/.test(s))
            s = s.slice(1); // file:///C:/x
    }
    s = s.replace(/\\/g, '/');
    let root = '';
    const drive = /^([A-Za-z]):(\/|$)/.exec(s);
    if (drive) {
        root = `${drive[1].toUpperCase()}:/`;
        s = s.slice(2);
    }
    else if (s.startsWith('//')) {
        const m = /^\/\/([^/]+)\//.exec(s);
        if (m) {
            root = `//${m[1]}/`;
            s = s.slice(m[0].length);
        }
        else
            root = '/';
    }
    else if (s.startsWith('/'))
        root = '/';
    const segs = [];
    for (const seg of s.split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..') {
            if (segs.length && segs[segs.length - 1] !== '..')
                segs.pop();
            else if (!root)
                segs.push('..');
            // '..' above an absolute root stays at the root
        }
        else
            segs.push(seg);
    }
    return { root, segs };
}
function isDriveRoot(root) {
    return root.length === 3 && root[1] === ':';
}
/** Segments of `p` after `base` when `p` lies under (or is) `base`, else null. */
function under(p, base) {
    if (p.root !== base.root || p.segs.length < base.segs.length)
        return null;
    const ci = isDriveRoot(p.root);
    for (let i = 0; i < base.segs.length; i++) {
        const a = p.segs[i];
        const b = base.segs[i];
        if (a !== b && !(ci && a.toLowerCase() === b.toLowerCase()))
            return null;
    }
    return p.segs.slice(base.segs.length);
}
function join(base, rel) {
    return normalizePath((base.root + base.segs.join('/') + '/' + rel.segs.join('/')).replace(/^\/\//, '/'));
}
function applyPathMap(p, rules) {
    if (rules.length === 0)
        return p;
    const ps = p.replace(/\\/g, '/');
    let best = null;
    let bestLen = -1;
    for (const r of rules) {
        const from = r.from.replace(/\\/g, '/').replace(/\/+$/, '');
        if (from === '' ? true : ps === from || ps.startsWith(from + '/')) {
            if (from.length > bestLen) {
                best = r;
                bestLen = from.length;
            }
        }
    }
    if (!best)
        return p;
    const rest = ps.slice(bestLen).replace(/^\/+/, '');
    const to = best.to.replace(/\\/g, '/').replace(/\/+$/, '');
    if (to === '')
        return rest;
    return rest ? `${to}/${rest}` : to;
}
/**
 * The git file list: a Set for exact lookups, and (built on first need) the files'
 * segments reversed, joined with NUL and sorted. NUL sorts below every other
 * character, so string order is segment-wise order, and the files sharing the
 * longest common suffix with a path are the run of sorted keys around its insertion
 * point: one binary search per lookup, no n*m loop, no per-suffix map.
 */
class FileIndex {
    set = new Set();
    keys = null;
    constructor(files) {
        for (const f of files)
            if (isSafeRelative(f))
                this.set.add(f);
    }
    sorted() {
        if (!this.keys) {
            const keys = [];
            for (const f of this.set)
                keys.push(f.split('/').reverse().join('\0'));
            keys.sort();
            this.keys = keys;
        }
        return this.keys;
    }
    /**
     * The files sharing the longest whole-segment suffix with `segs` (leading `..` are
     * ignored), with that length in segments; several files = ambiguous (at most 9 listed).
     */
    longestSuffix(segs) {
        let start = 0;
        while (start < segs.length && segs[start] === '..')
            start++;
        if (start >= segs.length)
            return null;
        const keys = this.sorted();
        if (keys.length === 0)
            return null;
        const q = segs.slice(start).reverse().join('\0');
        let lo = 0;
        let hi = keys.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (keys[mid] < q)
                lo = mid + 1;
            else
                hi = mid;
        }
        const left = lo > 0 ? segLcp(q, keys[lo - 1]) : 0;
        const right = lo < keys.length ? segLcp(q, keys[lo]) : 0;
        const len = Math.max(left, right);
        if (len === 0)
            return null;
        const out = [];
        for (let j = lo - 1; j >= 0 && out.length < 9 && segLcp(q, keys[j]) >= len; j--)
            out.push(keys[j]);
        for (let j = lo; j < keys.length && out.length < 9 && segLcp(q, keys[j]) >= len; j++)
            out.push(keys[j]);
        return { files: out.map((k) => k.split('\0').reverse().join('/')).sort(), len };
    }
}
/** Common leading whole segments of two NUL-joined keys. */
function segLcp(a, b) {
    const n = Math.min(a.length, b.length);
    let segs = 0;
    let i = 0;
    for (; i < n; i++) {
        const c = a.charCodeAt(i);
        if (c !== b.charCodeAt(i))
            return segs;
        if (c === 0)
            segs++;
    }
    // One string ended: a whole segment only if the other ends or has a separator here.
    const ea = i === a.length || a.charCodeAt(i) === 0;
    const eb = i === b.length || b.charCodeAt(i) === 0;
    return ea && eb ? segs + 1 : segs;
}
const UNSAFE = /^\/|^[A-Za-z]:|\\|(^|\/)\.{0,2}(\/|$)/;
function isSafeRelative(f) {
    return f !== '' && !UNSAFE.test(f);
}
function resolvePaths(report, options) {
    const ws = normalizePath(options.workspace);
    if (!ws.root)
        throw new Error(`resolvePaths: workspace must be absolute, got ${JSON.stringify(options.workspace)}`);
    const index = new FileIndex(options.files);
    const pathMap = options.pathMap ?? [];
    const goModules = [...(options.goModules ?? [])]
        .map((g) => ({ dir: normalizePath(g.dir).segs.join('/'), module: g.module.replace(/\/+$/, '') }))
        .sort((a, b) => b.module.length - a.module.length);
    const roots = report.sourceRoots.map((r) => normalizePath(applyPathMap(r, pathMap)));
    const isGo = report.format === 'go';
    // A workspace-relative reading of `n`, or null when it is outside (or starts with
    // something a Windows tool would read as a drive, `C:`).
    const inWorkspace = (n) => {
        const rest = n.root ? under(n, ws) : n.segs;
        if (!rest || rest.length === 0 || rest[0] === '..' || DRIVE_SEGMENT.test(rest[0]))
            return null;
        return rest.join('/');
    };
    // Fast path for the common cases (a clean workspace-relative path, or a clean
    // absolute path under the workspace, that git tracks): no normalisation needed.
    const wsPrefix = ws.root + ws.segs.join('/') + (ws.segs.length ? '/' : '');
    const fast = pathMap.length === 0 && !isGo;
    const resolveOne = (raw) => {
        if (fast && !NEEDS_WORK.test(raw)) {
            if (raw.charCodeAt(0) !== 47) {
                if (index.set.has(raw))
                    return { path: raw };
            }
            else if (raw.startsWith(wsPrefix)) {
                const rel = raw.slice(wsPrefix.length);
                if (index.set.has(rel))
                    return { path: rel };
            }
        }
        let s = applyPathMap(raw, pathMap);
        if (isGo && s.startsWith('_/'))
            s = s.slice(1);
        const n = normalizePath(s);
        if (n.segs.length === 0)
            return { reason: 'empty path' };
        let plain = null; // the workspace-relative reading, for keepUntracked
        const absCandidates = []; // absolute readings outside the workspace, for the suffix match
        if (n.root) {
            const rel = inWorkspace(n);
            if (rel !== null) {
                if (index.set.has(rel))
                    return { path: rel };
                plain = rel;
            }
            else
                absCandidates.push(n);
            for (const r of roots) {
                if (!r.root)
                    continue;
                const rest = under(n, r);
                if (rest && rest.length) {
                    const cand = rest.join('/');
                    if (index.set.has(cand))
                        return { path: cand };
                }
            }
        }
        else {
            const rel = inWorkspace(n);
            if (rel !== null) {
                if (index.set.has(rel))
                    return { path: rel };
                plain = rel;
            }
            for (const g of goModules) {
                if (s.startsWith(g.module + '/')) {
                    const rest = normalizePath(s.slice(g.module.length + 1));
                    if (rest.segs[0] === '..')
                        continue;
                    const cand = (g.dir ? g.dir + '/' : '') + rest.segs.join('/');
                    if (index.set.has(cand))
                        return { path: cand };
                    plain ??= cand;
                }
            }
            for (const r of roots) {
                const joined = r.root ? join(r, n) : normalizePath([...r.segs, ...n.segs].join('/'));
                const rel = inWorkspace(joined);
                if (rel !== null) {
                    if (index.set.has(rel))
                        return { path: rel };
                    plain ??= rel;
                }
                else if (joined.root)
                    absCandidates.push(joined);
            }
            if (n.segs[0] === '..' && plain === null && absCandidates.length === 0) {
                return { reason: 'outside the workspace' };
            }
        }
        // Longest common suffix with the git file list.
        // (an absolute `n` outside the workspace is already the first of absCandidates)
        const candidates = plain !== null
            ? [normalizePath(plain), ...absCandidates]
            : n.root || n.segs[0] === '..'
                ? absCandidates
                : [n, ...absCandidates];
        const tried = candidates.length > 1 ? new Set() : null;
        let best = null;
        for (const c of candidates) {
            if (tried) {
                const key = c.segs.join('/');
                if (tried.has(key))
                    continue;
                tried.add(key);
            }
            const hit = index.longestSuffix(c.segs);
            if (hit &&
                (!best || hit.len > best.len || (hit.len === best.len && hit.files.length === 1 && best.files.length > 1)))
                best = hit;
        }
        if (best && best.files.length === 1)
            return { path: best.files[0] };
        if (best)
            return { reason: `ambiguous: ${best.files.slice(0, 5).join(', ')}${best.files.length > 5 ? ', ...' : ''}` };
        if (plain !== null && options.keepUntracked)
            return { path: plain };
        if (plain !== null)
            return { reason: 'not tracked by git, and no tracked file ends with its path' };
        if (n.root)
            return { reason: 'outside the workspace, and no tracked file ends with its path' };
        return { reason: 'no tracked file ends with its path' };
    };
    const files = new Map();
    const merged = new Set();
    const unmapped = [];
    for (const [raw, f] of report.files) {
        const r = resolveOne(raw);
        if (r.path === undefined) {
            unmapped.push({ path: raw, reason: r.reason });
            continue;
        }
        const prev = files.get(r.path);
        if (!prev) {
            f.path = r.path;
            files.set(r.path, f);
        }
        else {
            // Merge into a fresh entry so that no input FileCoverage is mutated by the merge.
            let target = prev;
            if (!merged.has(prev)) {
                target = new file_coverage/* FileCoverage */.zr(r.path);
                mergeFrozen(target, prev);
                merged.add(target);
                files.set(r.path, target);
            }
            mergeFrozen(target, f);
        }
    }
    return { report: { ...report, files }, unmapped };
}
/**
 * Go modules of a workspace: every `go.mod` in the git file list, plus the modules a
 * `go.work` `use`s (their go.mod read even when the listing misses it). Paths are
 * repository-relative; a go.mod with no `module` directive is skipped.
 */
/** A go.mod or go.work of the checkout: tracked as a link it may point at a device or a FIFO. */
function goFile(path) {
    const f = (0,files/* readSmallFile */.EW)(path, 1024 * 1024);
    if (!f.ok)
        throw new Error(`${path}: ${f.reason}`);
    return f.text;
}
async function readGoModules(workspace, files) {
    const base = workspace.replace(/[\\/]+$/, '');
    const dirs = new Set();
    const works = [];
    for (const f of files) {
        if (!isSafeRelative(f))
            continue;
        const slash = f.lastIndexOf('/');
        const name = f.slice(slash + 1);
        const dir = slash < 0 ? '' : f.slice(0, slash);
        if (name === 'go.mod')
            dirs.add(dir);
        else if (name === 'go.work')
            works.push(dir);
    }
    for (const w of works) {
        let text;
        try {
            text = goFile(`${base}/${w ? w + '/' : ''}go.work`);
        }
        catch {
            continue;
        }
        for (const u of goDirectiveValues(text, 'use')) {
            const n = normalizePath((w ? w + '/' : '') + u);
            if (n.root || n.segs[0] === '..')
                continue;
            dirs.add(n.segs.join('/'));
        }
    }
    const out = [];
    for (const dir of [...dirs].sort()) {
        let text;
        try {
            text = goFile(`${base}/${dir ? dir + '/' : ''}go.mod`);
        }
        catch {
            continue;
        }
        const mod = goDirectiveValues(text, 'module')[0];
        if (mod)
            out.push({ dir, module: mod });
    }
    return out;
}
/** Values of a go.mod/go.work directive, single-line (`use ./a`) or block (`use ( ./a \n ./b )`). */
function goDirectiveValues(text, verb) {
    const out = [];
    let inBlock = false;
    for (const rawLine of text.split(/\r?\n/)) {
        const line = rawLine.replace(/\/\/.*$/, '').trim();
        if (!line)
            continue;
        if (inBlock) {
            if (line === ')')
                inBlock = false;
            else
                out.push(goToken(line));
            continue;
        }
        if (line === `${verb} (` || line === `${verb}(`) {
            inBlock = true;
            continue;
        }
        if (line.startsWith(verb + ' ') || line.startsWith(verb + '\t')) {
            const v = line.slice(verb.length).trim();
            if (v.startsWith('(')) {
                const inner = v
                    .slice(1)
                    .replace(/\)\s*$/, '')
                    .trim();
                if (inner)
                    out.push(goToken(inner));
                if (!v.endsWith(')'))
                    inBlock = true;
            }
            else
                out.push(goToken(v));
        }
    }
    return out.filter((v) => v !== '');
}
function goToken(s) {
    s = s.trim();
    if (s.startsWith('"')) {
        try {
            return JSON.parse(s.slice(0, s.indexOf('"', 1) + 1));
        }
        catch {
            return s.replace(/"/g, '');
        }
    }
    if (s.startsWith('`'))
        return s.slice(1, s.indexOf('`', 1));
    return s.split(/\s+/)[0];
}

;// CONCATENATED MODULE: ./packages/coverage/src/analyze.ts
/**
 * The coverage engine's one entry: reports in, one result object out.
 *
 *   read each report (format detected from content) -> resolve its paths against the git file
 *   list -> merge at line level -> per-file summaries, totals, headline -> diff coverage
 *
 * Plain values in, plain values out: the caller reads inputs and environment.
 */













/** Read one report: detect (or take) its format and parse it. */
async function readReport(path, format, spillDir) {
    let f = format;
    if (!f) {
        const { head } = await (0,input/* sniff */.ZF)(path);
        const detected = detectFormat(head);
        if (!detected)
            throw unknownFormatError(path, head);
        f = detected;
    }
    const report = await parsers[f]((0,input/* openReport */.NL)(path), { name: path, spillDir });
    return { report, format: f };
}
async function analyze(opts) {
    if (opts.reports.length === 0)
        throw new errors/* ConfigurationError */.j1('No coverage report to read: give at least one report file.');
    // git lists the files while the reports are read: the paths resolve once both are in.
    const pending = opts.repo ?? settle(repoFiles(opts.cwd));
    const inputs = [];
    const warnings = [];
    const raw = [];
    for (const p of opts.reports) {
        const abs = (0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(opts.cwd, p);
        const { report, format } = await readReport(abs, opts.format, opts.spillDir);
        inputs.push({ path: p, format, producer: report.producer, files: report.files.size });
        warnings.push(...report.warnings.map((w) => (w.includes(p) ? w : `${p}: ${w}`)));
        raw.push({ report, format, path: p });
    }
    let workspace;
    let files;
    let skipped;
    const repo = await pending;
    if (repo.ok)
        ({ workspace, files } = repo.value);
    else {
        const e = repo.error;
        const why = `${opts.cwd} is not inside a git repository (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`;
        if (!opts.reportPathsFallback || opts.diff?.kind === 'git') {
            throw new errors/* ConfigurationError */.j1(`${why}: coverage paths are resolved against git's file list. Run from your checkout.`);
        }
        workspace = (0,external_node_path_.resolve)(opts.cwd);
        const noGit = e?.code === 'ENOENT';
        skipped = noGit
            ? 'git could not be run (not installed, or not on PATH)'
            : `${opts.cwd} is not inside a git repository`;
    }
    const resolved = [];
    const unmapped = [];
    let goModules;
    for (const { report, format, path: p } of raw) {
        if (!files)
            break;
        if (format === 'go' && !goModules)
            goModules = await readGoModules(workspace, files);
        const r = resolvePaths(report, { workspace, files, goModules, pathMap: opts.pathMap });
        unmapped.push(...r.unmapped.map((u) => ({ ...u, reason: `${u.reason} (in ${p})` })));
        resolved.push(r.report);
    }
    // Nothing mapped (an unrelated repository): the fallback keeps the reports' own paths.
    if (files && opts.reportPathsFallback && unmapped.length > 0 && resolved.every((r) => r.files.size === 0)) {
        skipped = `no path in the report${raw.length > 1 ? 's' : ''} is a file git tracks in ${workspace}`;
    }
    if (skipped !== undefined) {
        resolved.length = 0;
        resolved.push(...raw.map((r) => r.report));
        unmapped.length = 0;
    }
    const model = resolved.length === 1 ? resolved[0] : mergeReports(resolved, { consume: true });
    const summaries = [...model.files.values()]
        .map((f) => (0,summary/* summarizeFile */.w1)(f, model.metrics))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    if (model.producer.name === 'coverage.py' && !model.metrics.has('statements')) {
        // coverage.py measures statements and writes each statement's line: its "statements" are
        // exactly these lines (the Stmts column of `coverage report`).
        for (const s of summaries)
            s.statements = { ...s.lines };
        model.metrics.add('statements');
    }
    const totals = (0,summary/* totalsOf */.vA)(summaries, model.metrics);
    const analysis = {
        format: model.format,
        producer: model.producer,
        inputs,
        model,
        workspace,
        totals,
        headline: headlineOf(model.producer, totals),
        files: summaries,
        unmapped,
        warnings,
        ...(skipped !== undefined ? { pathMappingSkipped: skipped } : {}),
    };
    if (opts.diff)
        analysis.diff = await measureDiff(model, workspace, opts.diff);
    return analysis;
}
async function measureDiff(model, workspace, src) {
    if (src.kind === 'patch') {
        const parsed = (0,diff/* parseDiff */.FR)(src.text, { name: src.name ?? 'patch' });
        return { ...(0,diff_coverage/* diffCoverage */.S)(model, parsed), source: 'patch' };
    }
    const { parsed, mergeBase } = await gitChange(workspace, src);
    return { ...(0,diff_coverage/* diffCoverage */.S)(model, parsed), source: 'git', mergeBase };
}
/**
 * The git half of a diff: the merge base (history fetched when allowed) and the parsed change.
 * Needs no report; runs from any folder of the repository.
 */
async function gitChange(cwd, src) {
    if ((0,git/* isNullSha */.AA)(src.base)) {
        throw new errors/* ConfigurationError */.j1(`The diff base ${src.base} is the all-zero SHA (the first push of a new branch has no "before" commit): give the default branch as the base instead.`);
    }
    const head = src.head ?? 'HEAD';
    const mb = await (0,git/* ensureHistory */.J0)(cwd, src.base, {
        allowFetch: src.allowFetch ?? false,
        remote: src.remote,
        head,
    });
    return { parsed: await diffAgainstBase(cwd, mb, head, { mergeBase: mb }), mergeBase: mb };
}
/** Read a patch file for `DiffSource`, with a clear error when it cannot be read. */
async function readPatch(path) {
    try {
        return { kind: 'patch', text: (0,external_node_fs_.readFileSync)(path, 'utf8'), name: path };
    }
    catch (e) {
        throw new errors/* FileFormatError */.sY(path, undefined, `cannot read the patch: ${e instanceof Error ? e.message : String(e)}.`);
    }
}


/***/ }),

/***/ 1224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ parsePathMap),
/* harmony export */   s: () => (/* binding */ DEFAULT_REPORTS)
/* harmony export */ });
/* harmony import */ var _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7817);
/**
 * Inputs shared by the gate and the CLI: where reports usually are, and the path-map rule syntax.
 * The report list is globs (tried in the workspace, node_modules excluded); plain entries first.
 */

/** Where reports usually are, tried when no report is named. */
const DEFAULT_REPORTS = [
    'coverage/lcov.info',
    'coverage.xml',
    'cobertura.xml',
    'coverage/coverage-final.json',
    'coverage.out',
    'jacoco.xml',
    'clover.xml',
    'coverage/clover.xml',
    '**/coverage/lcov.info',
    '**/cobertura-coverage.xml',
    '**/jacoco/test/jacocoTestReport.xml',
    '**/jacoco.xml',
];
/** `FROM=TO` rules, one per entry; `input` names the input or flag in the error. */
function parsePathMap(rules, input) {
    return rules.map((rule) => {
        const eq = rule.indexOf('=');
        if (eq < 1)
            throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, rule, 'lines of the form FROM=TO, e.g. /build/src=src');
        return { from: rule.slice(0, eq).trim(), to: rule.slice(eq + 1).trim() };
    });
}


/***/ }),

/***/ 7524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ diffCoverage),
/* harmony export */   n: () => (/* binding */ lineRanges)
/* harmony export */ });
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7230);

function diffCoverage(report, diff) {
    const files = [];
    const skipped = [];
    const lines = { covered: 0, total: 0 };
    const withBranches = report.metrics.has('branches');
    const branches = { covered: 0, total: 0 };
    const seen = new Set();
    for (const d of diff.files) {
        if (seen.has(d.path))
            continue;
        seen.add(d.path);
        const f = report.files.get(d.path);
        if (!f) {
            skipped.push({ path: d.path, reason: 'not in the coverage report' });
            continue;
        }
        const added = [];
        const covered = [];
        const uncovered = [];
        // parseDiff gives ascending unique lines; a hand-made ParsedDiff might not.
        let ordered = true;
        for (let i = 1; i < d.added.length && ordered; i++)
            ordered = d.added[i] > d.added[i - 1];
        const changed = ordered ? d.added : [...new Set(d.added)].sort((a, b) => a - b);
        for (const line of changed) {
            const hits = f.lines.get(line);
            if (hits === undefined)
                continue;
            added.push(line);
            (hits > 0 ? covered : uncovered).push(line);
        }
        if (added.length === 0) {
            skipped.push({ path: d.path, reason: 'no executable added lines' });
            continue;
        }
        const counter = { covered: covered.length, total: added.length };
        lines.covered += counter.covered;
        lines.total += counter.total;
        const entry = { path: d.path, added, covered, uncovered, counter };
        if (withBranches) {
            const fb = { covered: 0, total: 0 };
            for (const line of added) {
                const c = f.branches.counts(line);
                if (!c)
                    continue;
                fb.covered += c.covered;
                fb.total += c.total;
            }
            branches.covered += fb.covered;
            branches.total += fb.total;
            entry.branches = fb;
        }
        files.push(entry);
    }
    return {
        lines,
        ...(withBranches ? { branches } : {}),
        files,
        skipped,
        noCoverableLines: lines.total === 0,
        percent: (0,_model_index_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(lines),
    };
}
/** Line numbers as ranges: [9, 3, 4, 5] -> "3-5, 9". Duplicates and order do not matter. */
function lineRanges(lines) {
    const s = [...new Set(lines)].sort((a, b) => a - b);
    const parts = [];
    for (let i = 0; i < s.length;) {
        let j = i;
        while (j + 1 < s.length && s[j + 1] === s[j] + 1)
            j++;
        parts.push(i === j ? `${s[i]}` : `${s[i]}-${s[j]}`);
        i = j + 1;
    }
    return parts.join(', ');
}


/***/ }),

/***/ 4325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FR: () => (/* binding */ parseDiff),
/* harmony export */   bz: () => (/* binding */ DiffParser)
/* harmony export */ });
/* unused harmony exports parseDiffStream, unquote */
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _quality_kit_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7817);
/**
 * Unified diff parsing: which lines of which files a change adds.
 *
 * Reads `git diff` output (any `--unified=N`, renames, copies, mode changes, binary
 * markers, quoted paths) and plain `diff -u` / patch files. For every file that still
 * exists after the change it returns the NEW path and the line numbers, in the new
 * file, of the `+` lines. A modified line is a `-` then a `+`: the `+` line counts.
 * Deleted files and binary files are left out: they have no new lines to cover.
 *
 * The parser is driven by the hunk header counts (`@@ -a,b +c,d @@`), not by what a
 * line looks like, so a removed line that reads `-- x` (shown as `--- x`) or an added
 * line that reads `diff --git` cannot be mistaken for a header. A hunk that ends
 * early or a line that is not a hunk line inside a hunk is a malformed patch and is
 * refused (a gate must not silently under-count the change), and so is a `+`/`-` line right
 * after a hunk's counted lines, and text with no file header or hunk at all (not a patch;
 * an empty patch is no change).
 *
 * Combined diffs (`diff --cc`, `@@@`: the diff of a merge commit against its parents)
 * are refused with an explanation: diff the merge base against the head instead.
 *
 * Streaming: feed text with `DiffParser.write()` (any chunking, lines may straddle
 * chunks) and call `end()`; `parseDiff(text)` and `parseDiffStream(chunks)` wrap it.
 */


function parseDiff(text, options = {}) {
    const p = new DiffParser(options);
    p.write(text);
    return p.end();
}
async function parseDiffStream(chunks, options = {}) {
    const p = new DiffParser(options);
    const decoder = new StringDecoder('utf8');
    for await (const c of chunks)
        p.write(typeof c === 'string' ? c : decoder.write(c));
    p.write(decoder.end());
    return p.end();
}
const MNEMONIC = /^[abciwo12]\//;
class DiffParser {
    name;
    strip;
    buf = '';
    lineNo = 0;
    cur = null;
    /** `---` line seen outside any file block, waiting for its `+++`. */
    minusLine = null;
    /** Remaining old/new lines of the current hunk; both 0 = not in a hunk. */
    oldLeft = 0;
    newLeft = 0;
    newLine = 0;
    /** The previous line completed a hunk: a `+`/`-` line now is one more than its header counts. */
    hunkEnded = false;
    /** Whether any file header or hunk was seen, and any other non-blank line (a patch that is not one). */
    sawDiff = false;
    firstText = 0;
    out = new Map();
    constructor(options = {}) {
        this.name = options.name ?? 'diff';
        this.strip = options.strip;
    }
    write(text) {
        if (text.length === 0)
            return;
        let data = this.buf.length ? this.buf + text : text;
        let start = 0;
        for (;;) {
            const nl = data.indexOf('\n', start);
            if (nl < 0)
                break;
            let end = nl;
            if (end > start && data.charCodeAt(end - 1) === 13)
                end--; // CRLF
            this.line(data.slice(start, end));
            start = nl + 1;
        }
        this.buf = start < data.length ? data.slice(start) : '';
        data = '';
    }
    end() {
        if (this.buf.length) {
            const last = this.buf.endsWith('\r') ? this.buf.slice(0, -1) : this.buf;
            this.buf = '';
            this.line(last);
        }
        if (this.oldLeft > 0 || this.newLeft > 0) {
            throw this.error(`the last hunk ends early (${this.oldLeft} old and ${this.newLeft} new lines missing)`, 'Is the patch truncated?');
        }
        if (this.minusLine !== null)
            this.minusLine = null;
        if (!this.sawDiff && this.firstText > 0) {
            this.lineNo = this.firstText;
            throw this.error('is not a patch: no `diff --git`, `---`/`+++` or `@@` hunk line in it.', 'Pass the output of `git diff` (or `diff -u`); an empty file means no change.');
        }
        this.finish();
        return { files: [...this.out.values()] };
    }
    error(problem, hint) {
        return new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_1__/* .FileFormatError */ .sY(this.name, this.lineNo, problem, hint);
    }
    line(l) {
        this.lineNo++;
        if (this.oldLeft > 0 || this.newLeft > 0) {
            this.hunkLine(l);
            this.hunkEnded = this.oldLeft === 0 && this.newLeft === 0;
            return;
        }
        if (this.hunkEnded) {
            // `\ No newline at end of file` belongs to the hunk: the next line is still checked
            this.hunkEnded = l.charCodeAt(0) === 92;
            this.extraHunkLine(l);
        }
        if (this.firstText === 0 && l.trim() !== '')
            this.firstText = this.lineNo;
        const c = l.charCodeAt(0);
        // '@'
        if (c === 64) {
            if (l.startsWith('@@@'))
                throw this.combined();
            if (l.startsWith('@@ ')) {
                this.hunkHeader(l);
                return;
            }
        }
        if (l.startsWith('diff ')) {
            if (l.startsWith('diff --cc ') || l.startsWith('diff --combined '))
                throw this.combined();
            if (l.startsWith('diff --git ')) {
                this.sawDiff = true;
                this.finish();
                this.cur = newPending(true);
                const [a, b] = splitGitHeader(l.slice('diff --git '.length));
                this.cur.gitOld = a;
                this.cur.gitNew = b;
                return;
            }
            // `diff -ru a b` from plain diff: a file block follows with ---/+++.
            return;
        }
        if (l.startsWith('--- ')) {
            if (this.cur && this.cur.isGit && !this.cur.headersDone) {
                this.cur.minus = headerPath(l.slice(4));
            }
            else {
                this.minusLine = l.slice(4);
            }
            return;
        }
        if (l.startsWith('+++ ')) {
            if (this.cur && this.cur.isGit && !this.cur.headersDone && this.cur.minus !== null) {
                this.cur.plus = headerPath(l.slice(4));
                this.cur.headersDone = true;
            }
            else if (this.minusLine !== null) {
                this.sawDiff = true;
                this.finish();
                this.cur = newPending(false);
                this.cur.minus = headerPath(this.minusLine);
                this.cur.plus = headerPath(l.slice(4));
                this.cur.headersDone = true;
                this.minusLine = null;
            }
            return;
        }
        this.minusLine = null;
        const cur = this.cur;
        if (!cur || !cur.isGit || cur.headersDone) {
            if (cur && (l.startsWith('Binary files ') || l === 'GIT binary patch'))
                cur.binary = true;
            return;
        }
        // Extended git headers.
        if (l.startsWith('new file mode '))
            cur.newFile = true;
        else if (l.startsWith('deleted file mode '))
            cur.deleted = true;
        else if (l.startsWith('rename from '))
            cur.renameFrom = unquote(l.slice(12));
        else if (l.startsWith('rename to '))
            cur.renameTo = unquote(l.slice(10));
        else if (l.startsWith('copy from ')) {
            cur.renameFrom = unquote(l.slice(10));
            cur.copy = true;
        }
        else if (l.startsWith('copy to ')) {
            cur.renameTo = unquote(l.slice(8));
            cur.copy = true;
        }
        else if (l.startsWith('Binary files ') || l === 'GIT binary patch')
            cur.binary = true;
        // index, old mode, new mode, similarity index, dissimilarity index: nothing to do.
    }
    /**
     * Right after a hunk's counted lines: a `+` or `-` line is one more than the header says (a
     * malformed hunk), unless it is the next file's `---`/`+++` header or a mail signature (`-- `).
     */
    extraHunkLine(l) {
        const c = l.charCodeAt(0);
        if (c === 43 /* + */ && !(l.startsWith('+++ ') && this.minusLine !== null)) {
            throw this.error(`more added lines than the hunk header says: ${JSON.stringify(l.slice(0, 80))}`, 'Was the patch edited by hand? Regenerate it with `git diff`.');
        }
        if (c === 45 /* - */ && !l.startsWith('--- ') && l !== '-- ') {
            throw this.error(`more removed lines than the hunk header says: ${JSON.stringify(l.slice(0, 80))}`, 'Was the patch edited by hand? Regenerate it with `git diff`.');
        }
    }
    combined() {
        return this.error('this is a combined diff (`diff --cc`, the diff of a merge commit against its parents), which cannot say which lines a change adds.', 'Diff the merge base against the head instead: `git diff <merge-base> <head>`.');
    }
    hunkHeader(l) {
        const m = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(l);
        if (!m)
            throw this.error(`malformed hunk header ${JSON.stringify(l.slice(0, 80))}`);
        if (!this.cur) {
            // A bare hunk with no file header: nothing to attribute it to.
            throw this.error('a hunk comes before any file header (`diff --git`, or `---`/`+++`)');
        }
        this.cur.headersDone = true;
        this.sawDiff = true;
        this.oldLeft = m[2] === undefined ? 1 : Number(m[2]);
        this.newLeft = m[4] === undefined ? 1 : Number(m[4]);
        this.newLine = Number(m[3]);
        // Line numbers and counts past 2^53-1 cannot be counted exactly (1e21 + 1 === 1e21).
        if (![this.oldLeft, this.newLeft, this.newLine + this.newLeft].every(Number.isSafeInteger))
            throw this.error(`hunk header ${JSON.stringify(l.slice(0, 80))} has a line number or count larger than ${Number.MAX_SAFE_INTEGER}`);
        // Line 0 only names the place before an empty side (`-0,0`, `+0,0`); lines start at 1.
        if ((this.newLine === 0 && this.newLeft > 0) || (Number(m[1]) === 0 && this.oldLeft > 0))
            throw this.error(`hunk header ${JSON.stringify(l.slice(0, 80))} starts a side with lines at line 0 (lines are numbered from 1)`);
    }
    hunkLine(l) {
        const c = l.length ? l.charCodeAt(0) : 32; // an empty line is an emptied context line
        if (c === 43 /* + */) {
            if (this.newLeft === 0)
                throw this.error('more added lines than the hunk header says');
            this.cur.added.push(this.newLine++);
            this.newLeft--;
        }
        else if (c === 45 /* - */) {
            if (this.oldLeft === 0)
                throw this.error('more removed lines than the hunk header says');
            this.oldLeft--;
        }
        else if (c === 32 /* space */) {
            if (this.oldLeft === 0 || this.newLeft === 0)
                throw this.error('more context lines than the hunk header says');
            this.oldLeft--;
            this.newLeft--;
            this.newLine++;
        }
        else if (c === 92 /* \ No newline at end of file */) {
            // nothing
        }
        else {
            throw this.error(`unexpected line inside a hunk (${this.oldLeft} old and ${this.newLeft} new lines still expected): ${JSON.stringify(l.slice(0, 80))}`, 'Was the patch edited by hand or truncated?');
        }
    }
    finish() {
        const cur = this.cur;
        this.cur = null;
        if (!cur)
            return;
        if (cur.binary || cur.deleted || cur.plus === '/dev/null')
            return;
        const { oldPath, newPath } = this.paths(cur);
        if (newPath === null)
            return;
        const status = cur.newFile || oldPath === null
            ? 'added'
            : cur.renameTo !== null
                ? cur.copy
                    ? 'copied'
                    : 'renamed'
                : 'modified';
        const prev = this.out.get(newPath);
        if (prev) {
            // The same file twice (concatenated patches): union of the added lines.
            prev.added = sortUnique(prev.added.concat(cur.added));
            return;
        }
        this.out.set(newPath, {
            path: newPath,
            oldPath: status === 'added' ? null : oldPath,
            status,
            added: sortUnique(cur.added),
        });
    }
    paths(cur) {
        let oldP;
        let newP;
        if (cur.isGit) {
            // `rename to`/`copy to` carry no prefix; ---/+++ carry one; the `diff --git` line is the fallback.
            if (cur.renameTo !== null) {
                return { oldPath: cur.renameFrom, newPath: cur.renameTo };
            }
            const minus = cur.minus === '/dev/null' ? null : cur.minus;
            const plus = cur.plus === '/dev/null' ? null : cur.plus;
            if (cur.plus !== null) {
                oldP = minus;
                newP = plus;
            }
            else {
                oldP = cur.newFile ? null : cur.gitOld;
                newP = cur.gitNew;
            }
            if (this.strip !== undefined)
                return { oldPath: stripN(oldP, this.strip), newPath: stripN(newP, this.strip) };
            // git always writes both prefixes (or neither, with --no-prefix); decide from the header line.
            const prefixed = cur.gitOld !== null && cur.gitNew !== null
                ? MNEMONIC.test(cur.gitOld) && MNEMONIC.test(cur.gitNew)
                : MNEMONIC.test(newP ?? oldP ?? '');
            return prefixed ? { oldPath: stripN(oldP, 1), newPath: stripN(newP, 1) } : { oldPath: oldP, newPath: newP };
        }
        oldP = cur.minus === '/dev/null' ? null : cur.minus;
        newP = cur.plus === '/dev/null' ? null : cur.plus;
        if (this.strip !== undefined)
            return { oldPath: stripN(oldP, this.strip), newPath: stripN(newP, this.strip) };
        if (oldP !== null && newP !== null) {
            const i = oldP.indexOf('/');
            const j = newP.indexOf('/');
            if (i > 0 &&
                j > 0 &&
                oldP.slice(i) === newP.slice(j) &&
                (oldP.slice(0, i) !== newP.slice(0, j) || (oldP.startsWith('a/') && newP.startsWith('b/')))) {
                return { oldPath: oldP.slice(i + 1), newPath: newP.slice(j + 1) };
            }
        }
        else if (oldP === null && newP !== null && newP.startsWith('b/')) {
            return { oldPath: null, newPath: newP.slice(2) };
        }
        return { oldPath: oldP, newPath: newP };
    }
}
function newPending(isGit) {
    return {
        gitOld: null,
        gitNew: null,
        isGit,
        renameFrom: null,
        renameTo: null,
        copy: false,
        minus: null,
        plus: null,
        newFile: false,
        deleted: false,
        binary: false,
        headersDone: false,
        added: [],
    };
}
function stripN(p, n) {
    if (p === null || n <= 0)
        return p;
    let i = 0;
    for (let k = 0; k < n; k++) {
        const j = p.indexOf('/', i);
        if (j < 0)
            return p.slice(i);
        i = j + 1;
    }
    return p.slice(i);
}
function sortUnique(a) {
    let sorted = true;
    for (let i = 1; i < a.length; i++) {
        if (a[i] <= a[i - 1]) {
            sorted = false;
            break;
        }
    }
    if (sorted)
        return a;
    const s = [...new Set(a)].sort((x, y) => x - y);
    return s;
}
/**
 * A `---`/`+++` path: quoted (C-style escapes), or plain with an optional
 * tab-separated timestamp (`diff -u`), which is cut off.
 */
function headerPath(s) {
    if (s.startsWith('"'))
        return unquote(s);
    const tab = s.indexOf('\t');
    if (tab >= 0)
        s = s.slice(0, tab);
    // git appends nothing; some tools leave a trailing space before the timestamp.
    return s.replace(/ +$/, '');
}
const ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
/** Undo git's C-style quoting (`"a/na\303\257ve.txt"`); a string not in quotes is returned as is. */
function unquote(s) {
    if (!s.startsWith('"'))
        return s;
    const { value } = readQuoted(s, 0);
    return value;
}
/** Read a quoted string starting at `s[i] === '"'`; return its value and the index after the closing quote. */
function readQuoted(s, i) {
    const bytes = [];
    i++;
    while (i < s.length) {
        const ch = s[i];
        if (ch === '"')
            return { value: Buffer.from(bytes).toString('utf8'), next: i + 1 };
        if (ch === '\\' && i + 1 < s.length) {
            const e = s[i + 1];
            if (e >= '0' && e <= '7') {
                const oct = /^[0-7]{1,3}/.exec(s.slice(i + 1, i + 4))[0];
                bytes.push(parseInt(oct, 8) & 0xff);
                i += 1 + oct.length;
                continue;
            }
            const code = ESCAPES[e];
            bytes.push(code ?? e.charCodeAt(0));
            i += 2;
            continue;
        }
        for (const b of Buffer.from(ch, 'utf8'))
            bytes.push(b);
        i++;
    }
    // No closing quote: take what there is.
    return { value: Buffer.from(bytes).toString('utf8'), next: i };
}
/**
 * Split the `a/x b/y` of a `diff --git` line. Quoted halves are exact; for unquoted
 * paths with spaces the only reliable split is where both halves name the same path
 * (no rename), which is the case whenever ---/+++ and `rename` lines are missing.
 */
function splitGitHeader(s) {
    if (s.startsWith('"')) {
        const a = readQuoted(s, 0);
        const rest = s.slice(a.next).replace(/^ /, '');
        return [a.value, rest.startsWith('"') ? readQuoted(rest, 0).value : rest];
    }
    // Unquoted first half; second may be quoted.
    const q = s.indexOf(' "');
    if (q >= 0 && s.endsWith('"'))
        return [s.slice(0, q), readQuoted(s, q + 1).value];
    // Same path on both sides: "P1 P2" with P1 and P2 equal after their first component.
    if ((s.length - 1) % 2 === 0) {
        const half = (s.length - 1) / 2;
        const a = s.slice(0, half);
        const b = s.slice(half + 1);
        if (s[half] === ' ') {
            const ia = a.indexOf('/');
            const ib = b.indexOf('/');
            if (ia >= 0 && ib >= 0 && a.slice(ia) === b.slice(ib))
                return [a, b];
            if (ia < 0 && ib < 0 && a === b)
                return [a, b]; // --no-prefix
        }
    }
    const sp = s.indexOf(' ');
    return sp < 0 ? [s, s] : [s.slice(0, sp), s.slice(sp + 1)];
}


/***/ }),

/***/ 1913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xf: () => (/* binding */ formatPoints),
/* harmony export */   l9: () => (/* binding */ formatPercent)
/* harmony export */ });
/* unused harmony export formatCount */
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7230);

const trunc2 = (x) => (Math.trunc(x * 100) / 100).toFixed(2);
/** An unrounded percent (or a counter) as "87.76%"; "n/a" when nothing was measured. */
function formatPercent(p) {
    const v = typeof p === 'number' ? p : (0,_model_index_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(p ?? null);
    return v === null ? 'n/a' : `${trunc2(v)}%`;
}
/** A difference in points, signed: "+1.25", "\u22120.50" (a real minus sign). */
function formatPoints(d) {
    return `${d >= 0 ? '+' : '\u2212'}${trunc2(Math.abs(d))}`;
}
/** "covered/total", or "\u2013" for a metric the report does not carry. */
function formatCount(c) {
    return c ? `${c.covered}/${c.total}` : '\u2013';
}


/***/ }),

/***/ 116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FF: () => (/* binding */ forEachLine),
/* harmony export */   NL: () => (/* binding */ openReport),
/* harmony export */   ZF: () => (/* binding */ sniff),
/* harmony export */   yw: () => (/* binding */ readAll)
/* harmony export */ });
/* unused harmony exports CHUNK_BYTES, SNIFF_BYTES, isGzip, stripBom, MAX_INFLATED_BYTES, fromBuffers */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _quality_kit_files__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8371);
/* harmony import */ var _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7817);
/**
 * Reading a coverage report: a stream of Buffers, gunzipped when the content is gzip
 * (detected by the magic bytes 1f 8b, never by the file name), without a UTF-8 BOM.
 *
 * Parsers never see a path or the file system: they take `AsyncIterable<Buffer>` and a
 * display name for error messages, so they can be fed from memory in tests.
 * zlib loads only when a report is gzip (most are not). Plain files are read with synchronous
 * reads (no stream or promise machinery to load for a small report), giving the event loop a turn
 * between chunks so that git's output keeps flowing while a large report parses.
 */



/** Read size of the file stream. */
const CHUNK_BYTES = 1 << 20;
/** How much decoded text `sniff` returns. */
const SNIFF_BYTES = 8 * 1024;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
function isGzip(head) {
    return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}
function unreadable(path, e) {
    const code = e?.code;
    if (code === 'ENOENT')
        return new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__/* .FileFormatError */ .sY(path, undefined, 'does not exist.', 'Check the report path (it is resolved against the working directory).');
    if (code === 'EISDIR')
        return new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__/* .FileFormatError */ .sY(path, undefined, 'is a directory, not a coverage report.', 'Point to the report file itself, or use a glob.');
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR' || code === 'Z_STREAM_ERROR') {
        return new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__/* .FileFormatError */ .sY(path, undefined, `starts like a gzip file but cannot be decompressed (${e.message}).`, 'The file is truncated or corrupt; regenerate it.');
    }
    return new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__/* .FileFormatError */ .sY(path, undefined, `cannot be read: ${e instanceof Error ? e.message : String(e)}.`);
}
/** Drop a UTF-8 BOM at the start of a stream of chunks (the BOM may straddle chunks). */
async function* stripBom(chunks) {
    let first = Buffer.alloc(0);
    for await (const c of chunks) {
        if (first === null) {
            yield c;
            continue;
        }
        first = first.length === 0 ? c : Buffer.concat([first, c]);
        if (first.length < 3 && BOM.subarray(0, first.length).equals(first))
            continue; // could still become a BOM
        const out = first.subarray(0, 3).equals(BOM) ? first.subarray(3) : first;
        first = null;
        if (out.length > 0)
            yield out;
    }
    if (first !== null && first.length > 0)
        yield first; // shorter than a BOM: not one
}
/** A gzip report inflating past this many bytes is refused (no coverage report is that large). */
const MAX_INFLATED_BYTES = 4 * 1024 ** 3;
/**
 * Open a report for reading, refusing what is not a regular file (kit's openRegularFile: a FIFO
 * would block an ordinary open until something writes to it, a device can stream forever).
 * Returns the descriptor and the size.
 */
function openRegular(path) {
    let f;
    try {
        f = (0,_quality_kit_files__WEBPACK_IMPORTED_MODULE_1__/* .openRegularFile */ .ZU)(path);
    }
    catch (e) {
        throw unreadable(path, e);
    }
    if (f.ok)
        return f;
    if (f.reason === 'a directory')
        throw unreadable(path, Object.assign(new Error('is a directory'), { code: 'EISDIR' }));
    throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__/* .FileFormatError */ .sY(path, undefined, 'is not a regular file (a FIFO, socket or device): coverage reports are read from files.', 'Write the report to a file and pass its path.');
}
const turn = () => new Promise((resolve) => setImmediate(resolve));
async function* rawChunks(path, maxInflated) {
    const { fd, size } = openRegular(path);
    let first;
    try {
        // A small report in one read (one byte more than its size, to see its end).
        first = (0,_quality_kit_files__WEBPACK_IMPORTED_MODULE_1__/* .readChunk */ .ar)(fd, Math.min(CHUNK_BYTES, size + 1));
    }
    catch (e) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        throw unreadable(path, e);
    }
    if (isGzip(first)) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        yield* gunzipped(path, maxInflated);
        return;
    }
    try {
        let chunk = first;
        while (chunk.length > 0) {
            yield chunk;
            await turn();
            try {
                chunk = (0,_quality_kit_files__WEBPACK_IMPORTED_MODULE_1__/* .readChunk */ .ar)(fd, CHUNK_BYTES);
            }
            catch (e) {
                throw unreadable(path, e);
            }
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
async function* gunzipped(path, maxInflated) {
    const file = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { highWaterMark: CHUNK_BYTES });
    try {
        const { createGunzip } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8522, 23));
        const gunzip = createGunzip({ chunkSize: CHUNK_BYTES });
        file.on('error', (e) => gunzip.destroy(e));
        file.pipe(gunzip);
        let inflated = 0;
        for await (const c of gunzip) {
            inflated += c.length;
            if (inflated > maxInflated) {
                throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__/* .FileFormatError */ .sY(path, undefined, `inflates to more than ${maxInflated} bytes: refused (a gzip bomb, or not a coverage report).`, 'Pass the uncompressed report, or check where this file came from.');
            }
            yield c;
        }
    }
    catch (e) {
        if (e instanceof _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__/* .FileFormatError */ .sY)
            throw e;
        throw unreadable(path, e);
    }
    finally {
        file.destroy();
    }
}
/**
 * Stream a report's bytes: 1 MiB reads, gunzipped when the content is gzip (at most
 * `maxInflatedBytes`), BOM removed. Only regular files are read.
 */
function openReport(path, opts = {}) {
    return stripBom(rawChunks(path, opts.maxInflatedBytes ?? MAX_INFLATED_BYTES));
}
/**
 * The first few KB of a report as text (gunzipped when needed, BOM removed), for format
 * detection. Reads at most 64 KiB of the file.
 */
async function sniff(path, bytes = SNIFF_BYTES) {
    let buf;
    const { fd } = openRegular(path);
    try {
        buf = (0,_quality_kit_files__WEBPACK_IMPORTED_MODULE_1__/* .readChunk */ .ar)(fd, Math.max(bytes, 64 * 1024));
    }
    catch (e) {
        throw unreadable(path, e);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    const gz = isGzip(buf);
    if (gz) {
        try {
            // A prefix of a gzip stream: SYNC_FLUSH returns what it can instead of failing at the cut.
            const { constants, gunzipSync } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8522, 23));
            buf = gunzipSync(buf, { finishFlush: constants.Z_SYNC_FLUSH });
        }
        catch (e) {
            throw unreadable(path, e);
        }
    }
    if (buf.subarray(0, 3).equals(BOM))
        buf = buf.subarray(3);
    buf = buf.subarray(0, bytes);
    // stream: true holds back a UTF-8 sequence cut at the end instead of decoding it to U+FFFD.
    return { head: new TextDecoder('utf-8').decode(buf, { stream: true }), gz };
}
/** Feed a parser from memory (tests, already-read content). */
async function* fromBuffers(...bufs) {
    for (const b of bufs)
        yield typeof b === 'string' ? Buffer.from(b, 'utf8') : b;
}
/**
 * Call `fn` for each line of a chunk stream (without '\n' or a trailing '\r'), with its
 * 1-based number. A line split across chunks is joined; a line longer than `maxLine`
 * bytes is a FileFormatError (no text report needs one, and buffering it costs memory).
 */
async function forEachLine(chunks, name, fn, maxLine = 8 * 1024 * 1024) {
    let lineNo = 0;
    let pending = [];
    let pendingLen = 0;
    const tooLong = () => {
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__/* .FileFormatError */ .sY(name, lineNo + 1, `has a line longer than ${maxLine} bytes.`, 'This is not a text coverage report, or it is corrupt.');
    };
    const emit = (buf, s, e) => {
        lineNo++;
        if (e > s && buf[e - 1] === 13)
            e--;
        fn(buf, s, e, lineNo);
    };
    for await (const chunk of chunks) {
        let pos = 0;
        if (pendingLen > 0) {
            const nl = chunk.indexOf(10);
            if (nl === -1) {
                pending.push(chunk);
                pendingLen += chunk.length;
                if (pendingLen > maxLine)
                    tooLong();
                continue;
            }
            if (pendingLen + nl > maxLine)
                tooLong();
            pending.push(chunk.subarray(0, nl));
            const joined = Buffer.concat(pending, pendingLen + nl);
            pending = [];
            pendingLen = 0;
            emit(joined, 0, joined.length);
            pos = nl + 1;
        }
        for (;;) {
            const nl = chunk.indexOf(10, pos);
            if (nl === -1)
                break;
            if (nl - pos > maxLine)
                tooLong();
            emit(chunk, pos, nl);
            pos = nl + 1;
        }
        if (pos < chunk.length) {
            if (chunk.length - pos > maxLine)
                tooLong();
            pending.push(chunk.subarray(pos));
            pendingLen = chunk.length - pos;
        }
    }
    if (pendingLen > 0) {
        const last = Buffer.concat(pending, pendingLen);
        emit(last, 0, last.length);
    }
    return lineNo;
}
/** Concatenate a chunk stream, refusing more than `limit` bytes. */
async function readAll(chunks, name, limit, hint) {
    const parts = [];
    let len = 0;
    for await (const c of chunks) {
        len += c.length;
        if (len > limit) {
            throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__/* .FileFormatError */ .sY(name, undefined, `is larger than ${Math.round(limit / (1024 * 1024))} MiB, the most we read into memory for this format.`, hint);
        }
        parts.push(c);
    }
    return Buffer.concat(parts, len);
}


/***/ }),

/***/ 4994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zr: () => (/* binding */ FileCoverage),
  _O: () => (/* binding */ emptyReport),
  W7: () => (/* binding */ fileOf),
  Ig: () => (/* binding */ releaseParseState)
});

;// CONCATENATED MODULE: ./packages/coverage/src/model/pools.ts
/**
 * The bottom of the model: typed-array pools, shared empty arrays and growth helpers the
 * tables use, and the TableState shape they export. Imports nothing, so no table module and
 * no spill packing can form a cycle through it.
 */
/*
 * Scratch arrays for the table being filled: a table takes them when it first grows and gives
 * them back when compact() copies its content out at exact size, so reading a file's section
 * allocates its final arrays once instead of at every doubling. An array is in the pool or in
 * one table, never both. Small arrays only (at most 1 MiB each, four per kind).
 */
const POOL_MAX_BYTES = 1 << 20;
const poolU8 = [];
const poolU32 = [];
const poolI32 = [];
function take(pool, min, make) {
    for (let k = pool.length - 1; k >= 0; k--) {
        const a = pool[k];
        if (a.length >= min) {
            pool[k] = pool[pool.length - 1];
            pool.pop();
            return a;
        }
    }
    return make(min);
}
function give(pool, a) {
    if (a.length > 0 && a.byteLength <= POOL_MAX_BYTES && pool.length < 4)
        pool.push(a);
}
const takeU8 = (min) => take(poolU8, min, (n) => new Uint8Array(n));
const takeU32 = (min) => take(poolU32, min, (n) => new Uint32Array(n));
const takeI32 = (min) => take(poolI32, min, (n) => new Int32Array(n));
const giveU8 = (a) => give(poolU8, a);
const giveU32 = (a) => give(poolU32, a);
const giveI32 = (a) => give(poolI32, a);
const EMPTY_U8 = new Uint8Array(0);
/** Shared empty tables: never written (length 0); growing replaces them. Saves ~120 bytes each per file. */
const EMPTY_U32 = new Uint32Array(0);
const EMPTY_U16 = new Uint16Array(0);
function growU32(a, need) {
    if (need <= a.length)
        return a;
    const next = new Uint32Array(Math.max(need, Math.ceil(a.length * 1.25)) + 7);
    next.set(a);
    return next;
}
function growI32(a, need) {
    if (need <= a.length)
        return a;
    const next = new Int32Array(Math.max(need, Math.ceil(a.length * 1.25)) + 7);
    next.set(a);
    return next;
}
/** First index in a[0..n) whose value is >= v (a sorted ascending). */
function lowerBound(a, n, v) {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (a[mid] < v)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
const ARRAY_KINDS = [Uint8Array, Uint16Array, Uint32Array, Int32Array, Float64Array];
/** Zero-length arrays of each kind, shared by thawed empty tables (never written: growing replaces them). */
const EMPTIES = ARRAY_KINDS.map((K) => new K(0));

// EXTERNAL MODULE: ./packages/coverage/src/model/vocabulary.ts
var vocabulary = __webpack_require__(4100);
;// CONCATENATED MODULE: ./packages/coverage/src/model/branch-table.ts


/** Branch id of a branch added by position (no id given). */
const NO_ID = -0x80000000;
/** Count-only branches of one line that can still be read as an array (`get`, `entries`). */
const MAX_LISTED_BRANCHES = 0xffff;
/** A packed count-only value meaning "the counts are in the wide map" (a packed total is never 0). */
const WIDE = 0;
/**
 * Branches per line, read like a `Map<line, hits[]>` (lines in ascending order), stored
 * sparse: about 6% of source lines have branches, so nothing is kept per source line.
 *
 * - Identified branches (lcov BRDA, istanbul): one entry per branch in parallel typed arrays
 *   (line, hits, and while parsing an id), sorted by line, in the order the report lists a
 *   line's branches: 8 bytes a branch (12 with ids) instead of a Map entry and an array a line.
 * - Count-only lines (Cobertura's condition-coverage, JaCoCo's mb/cb, Clover): (line,
 *   covered<<16|total) pairs sorted by line; reading one synthesizes [1 \u00d7 covered, 0 \u00d7 rest].
 *   A total above MAX_LISTED_BRANCHES (up to 2^53-1) is "wide": its counts live in a small
 *   map and are never materialised; `get`/`entries` refuse such a line, read it with
 *   `counts`/`lineCounts` (every consumer in the package does).
 *
 * A line is in one of the two. Appends in ascending line order take a fast path; other
 * inserts shift (lines of one file arrive nearly sorted in every format we read).
 *
 * Mixing the two on one line reads the counts as [1 \u00d7 covered, 0 \u00d7 rest] merged by position,
 * so covered = c + (identified branches hit at positions >= c), total = max(t, n). A line
 * that is or becomes wide keeps only these two counts (its per-branch hits are dropped).
 */
class BranchTable {
    // identified
    bLine = EMPTY_U32;
    bHits = EMPTY_U32;
    bId;
    bN = 0;
    bLines = 0;
    /**
     * addById's index of one line's ids (id -> position) once that line has many branches, so
     * 200,000 ids on one line take linear time. Valid while `idxLine`'s range is [idxLo, idxHi);
     * every other mutation drops it.
     */
    idx;
    idxLine = -1;
    idxLo = 0;
    idxHi = 0;
    // count-only
    cLine = EMPTY_U32;
    cVal = EMPTY_U32;
    cN = 0;
    /** line -> [covered, total] of the count-only lines whose packed value is WIDE. */
    wide;
    get size() {
        return this.bLines + this.cN;
    }
    /** [start, end) of a line's identified branches (start === end: none, start is where they go). */
    range(line) {
        const n = this.bN;
        const a = this.bLine;
        let lo;
        if (n === 0 || a[n - 1] < line)
            return n;
        if (a[n - 1] === line) {
            lo = n - 1;
            while (lo > 0 && a[lo - 1] === line)
                lo--;
            return lo;
        }
        lo = lowerBound(a, n, line);
        return lo;
    }
    rangeEnd(lo, line) {
        let hi = lo;
        const a = this.bLine;
        const n = this.bN;
        while (hi < n && a[hi] === line)
            hi++;
        return hi;
    }
    cIndex(line) {
        const n = this.cN;
        if (n === 0)
            return -1;
        const a = this.cLine;
        if (a[n - 1] < line)
            return -1;
        const i = a[n - 1] === line ? n - 1 : lowerBound(a, n, line);
        return i < n && a[i] === line ? i : -1;
    }
    has(line) {
        const lo = this.range(line);
        return (lo < this.bN && this.bLine[lo] === line) || this.cIndex(line) !== -1;
    }
    /** A line's branch hits as a list; a RangeError for a wide count-only line (read it with `counts`). */
    get(line) {
        const lo = this.range(line);
        if (lo < this.bN && this.bLine[lo] === line)
            return Array.from(this.bHits.subarray(lo, this.rangeEnd(lo, line)));
        const c = this.cIndex(line);
        return c === -1 ? undefined : this.unpackAt(c);
    }
    /** A line's covered and total branches, without listing them; undefined when it has none. */
    counts(line) {
        const lo = this.range(line);
        if (lo < this.bN && this.bLine[lo] === line)
            return this.identifiedCounts(lo, this.rangeEnd(lo, line));
        const c = this.cIndex(line);
        if (c === -1)
            return undefined;
        const [covered, total] = this.countsAt(c);
        return { covered, total };
    }
    identifiedCounts(lo, hi) {
        let covered = 0;
        const h = this.bHits;
        for (let i = lo; i < hi; i++)
            if (h[i] > 0)
                covered++;
        return { covered, total: hi - lo };
    }
    /** [covered, total] of the count-only entry at index c. */
    countsAt(c) {
        const v = this.cVal[c];
        return v === WIDE ? this.wide.get(this.cLine[c]) : [v >>> 16, v & 0xffff];
    }
    /** Store counts at index c (for line), packed when they fit. */
    putCounts(c, line, covered, total) {
        if (total <= MAX_LISTED_BRANCHES) {
            this.wide?.delete(line);
            this.cVal[c] = ((covered << 16) | total) >>> 0;
        }
        else {
            this.cVal[c] = WIDE;
            (this.wide ??= new Map()).set(line, [covered, total]);
        }
    }
    unpackAt(c) {
        const v = this.cVal[c];
        if (v === WIDE) {
            const [covered, total] = this.wide.get(this.cLine[c]);
            throw new RangeError(`line ${this.cLine[c]} has ${total} count-only branches (${covered} covered), too many to list: read it with counts()`);
        }
        return unpack(v);
    }
    /** Remove the count-only entry at index c. */
    removeCounts(c) {
        if (this.cVal[c] === WIDE)
            this.wide.delete(this.cLine[c]);
        this.cLine.copyWithin(c, c + 1, this.cN);
        this.cVal.copyWithin(c, c + 1, this.cN);
        this.cN--;
    }
    /** The wide count-only entry of `line`, or -1 (a line with no such entry, or one that can be listed). */
    wideIndex(line) {
        if (!this.wide || this.wide.size === 0)
            return -1;
        const c = this.cIndex(line);
        return c !== -1 && this.cVal[c] === WIDE ? c : -1;
    }
    /** Insert k identified entries for `line` at position `at` (hits 0, no id). */
    insert(at, line, k) {
        const n = this.bN;
        const need = n + k;
        this.bLine = growU32(this.bLine, need);
        this.bHits = growU32(this.bHits, need);
        if (this.bId)
            this.bId = growI32(this.bId, need);
        if (at < n) {
            this.bLine.copyWithin(at + k, at, n);
            this.bHits.copyWithin(at + k, at, n);
            this.bId?.copyWithin(at + k, at, n);
        }
        this.bLine.fill(line, at, at + k);
        this.bHits.fill(0, at, at + k);
        this.bId?.fill(NO_ID, at, at + k);
        this.bN = need;
    }
    removeIdentified(line) {
        this.idx = undefined;
        const lo = this.range(line);
        const hi = this.rangeEnd(lo, line);
        if (hi === lo)
            return;
        const n = this.bN;
        this.bLine.copyWithin(lo, hi, n);
        this.bHits.copyWithin(lo, hi, n);
        this.bId?.copyWithin(lo, hi, n);
        this.bN = n - (hi - lo);
        this.bLines--;
    }
    /** Move a count-only line into the identified entries (as [1 \u00d7 covered, 0 \u00d7 rest]). */
    unpackLine(line) {
        this.idx = undefined;
        const c = this.cIndex(line);
        if (c === -1)
            return;
        const v = this.cVal[c];
        if (v === WIDE)
            throw new RangeError(`line ${line}: wide count-only branches cannot be listed`); // callers check first
        this.removeCounts(c);
        const cov = v >>> 16;
        const total = v & 0xffff;
        const at = this.range(line);
        this.insert(at, line, total);
        this.bHits.fill(1, at, at + cov);
        this.bLines++;
    }
    set(line, hits) {
        this.idx = undefined;
        this.removeIdentified(line);
        const c = this.cIndex(line);
        if (c !== -1)
            this.removeCounts(c);
        if (hits.length === 0)
            return this; // an empty list: nothing to keep (reads as absent)
        const at = this.range(line);
        this.insert(at, line, hits.length);
        for (let i = 0; i < hits.length; i++)
            this.bHits[at + i] = (0,vocabulary/* clampHits */.EE)(hits[i]);
        this.bLines++;
        return this;
    }
    /** Add per-branch hits (summed per index). */
    add(line, hits) {
        this.idx = undefined;
        const w = this.wideIndex(line);
        if (w !== -1) {
            const [c, t] = this.countsAt(w);
            let covered = c;
            for (let i = c; i < hits.length; i++)
                if (hits[i] > 0)
                    covered++;
            this.putCounts(w, line, covered, Math.max(t, hits.length));
            return;
        }
        if (this.cN > 0)
            this.unpackLine(line);
        const lo = this.range(line);
        const hi = this.rangeEnd(lo, line);
        if (hi === lo) {
            if (hits.length === 0)
                return;
            this.bLines++;
        }
        const have = hi - lo;
        if (hits.length > have)
            this.insert(hi, line, hits.length - have);
        const h = this.bHits;
        for (let i = 0; i < hits.length; i++) {
            const v = (0,vocabulary/* clampHits */.EE)(hits[i]);
            if (i < have) {
                const sum = h[lo + i] + v;
                h[lo + i] = sum > vocabulary/* MAX_HITS */.So ? vocabulary/* MAX_HITS */.So : sum;
            }
            else
                h[lo + i] = v;
        }
    }
    /**
     * Add hits to the branch `id` of a line (lcov's (line, block, branch)): repeated ids are
     * summed, a new id goes after the line's others. Ids are an int32 the caller chooses (not
     * -2^31); they are kept until `compact()`.
     */
    addById(line, id, hits) {
        const w = this.wideIndex(line);
        if (w !== -1) {
            // no ids on a wide line: every branch added by id is a new one, after the counted ones
            const [c, t] = this.countsAt(w);
            this.putCounts(w, line, c + (hits > 0 ? 1 : 0), t + 1);
            return;
        }
        if (this.cN > 0)
            this.unpackLine(line);
        if (!this.bId) {
            this.bId = new Int32Array(this.bLine.length);
            this.bId.fill(NO_ID, 0, this.bN);
        }
        const n = this.bN;
        let lo;
        let hi;
        if (n === 0 || this.bLine[n - 1] < line) {
            lo = hi = n;
        }
        else if (this.idx && this.idxLine === line && this.idxHi === n) {
            // the indexed line is still the last one, unchanged since: no backward scan for its start
            lo = this.idxLo;
            hi = n;
        }
        else {
            lo = this.range(line);
            hi = this.rangeEnd(lo, line);
        }
        const ids = this.bId;
        let idx;
        if (hi - lo > 32) {
            idx = this.idx;
            if (!idx || this.idxLine !== line || this.idxLo !== lo || this.idxHi !== hi) {
                idx = this.idx = new Map();
                for (let i = lo; i < hi; i++)
                    if (!idx.has(ids[i]))
                        idx.set(ids[i], i);
                this.idxLine = line;
                this.idxLo = lo;
            }
            const i = idx.get(id);
            if (i !== undefined) {
                const sum = this.bHits[i] + hits;
                this.bHits[i] = sum > vocabulary/* MAX_HITS */.So ? vocabulary/* MAX_HITS */.So : sum;
                this.idxHi = hi;
                return;
            }
            idx.set(id, hi);
            this.idxHi = hi + 1;
        }
        else {
            for (let i = lo; i < hi; i++) {
                if (ids[i] === id) {
                    const sum = this.bHits[i] + hits;
                    this.bHits[i] = sum > vocabulary/* MAX_HITS */.So ? vocabulary/* MAX_HITS */.So : sum;
                    return;
                }
            }
        }
        if (hi === lo)
            this.bLines++;
        if (hi === n && n < this.bLine.length && n < ids.length) {
            // append with room left (a parser's usual case): no fill/copy calls
            this.bLine[n] = line;
            this.bHits[n] = hits > vocabulary/* MAX_HITS */.So ? vocabulary/* MAX_HITS */.So : hits;
            ids[n] = id;
            this.bN = n + 1;
            return;
        }
        this.insert(hi, line, 1);
        this.bId[hi] = id;
        this.bHits[hi] = hits > vocabulary/* MAX_HITS */.So ? vocabulary/* MAX_HITS */.So : hits;
    }
    /**
     * Add count-only branches. A second reading of a count-only line keeps the larger covered
     * and the larger total (no identity to OR by); on an identified line the counts merge by
     * position (see the class comment). Totals up to 2^53-1, in constant time and memory.
     */
    addCounts(line, covered, total) {
        if (!(total > 0))
            return;
        if (!Number.isSafeInteger(total) || line > vocabulary/* MAX_LINE */.MV) {
            // Parsers refuse such counts first (a FileFormatError naming the report's line).
            throw new RangeError(`${total} branches on line ${line}: at most 2^53-1 branches per line (lines 0..${vocabulary/* MAX_LINE */.MV})`);
        }
        const c = Math.max(0, Math.min(Math.floor(covered), total));
        const lo = this.range(line);
        const hi = lo < this.bN && this.bLine[lo] === line ? this.rangeEnd(lo, line) : lo;
        if (hi > lo) {
            if (total <= MAX_LISTED_BRANCHES) {
                this.add(line, Array.from({ length: total }, (_, i) => (i < c ? 1 : 0)));
                return;
            }
            // too many to list: the line becomes count-only with the position-merged counts
            let cov = c;
            for (let i = lo + c; i < hi; i++)
                if (this.bHits[i] > 0)
                    cov++;
            const n = hi - lo;
            this.removeIdentified(line);
            this.insertCounts(line, cov, Math.max(total, n));
            return;
        }
        this.insertCounts(line, c, total);
    }
    /** Add a count-only reading for a line that has no identified branches (max of the readings). */
    insertCounts(line, c, total) {
        const n = this.cN;
        let at;
        if (n === 0 || this.cLine[n - 1] < line)
            at = n;
        else {
            at = lowerBound(this.cLine, n, line);
            if (this.cLine[at] === line) {
                const [pc, pt] = this.countsAt(at);
                this.putCounts(at, line, Math.max(pc, c), Math.max(pt, total));
                return;
            }
        }
        this.cLine = growU32(this.cLine, n + 1);
        this.cVal = growU32(this.cVal, n + 1);
        if (at < n) {
            this.cLine.copyWithin(at + 1, at, n);
            this.cVal.copyWithin(at + 1, at, n);
        }
        this.cLine[at] = line;
        this.cN = n + 1;
        this.putCounts(at, line, c, total);
    }
    /** Covered and total branches without materializing arrays. */
    counter() {
        let covered = 0;
        const h = this.bHits;
        for (let i = 0; i < this.bN; i++)
            if (h[i] > 0)
                covered++;
        let total = this.bN;
        const v = this.cVal;
        for (let i = 0; i < this.cN; i++) {
            covered += v[i] >>> 16;
            total += v[i] & 0xffff;
        }
        if (this.wide) {
            for (const [c, t] of this.wide.values()) {
                covered += c;
                total += t;
            }
        }
        return { covered, total };
    }
    /** [line, covered, total] per line in ascending order, without listing any branch. */
    *lineCounts() {
        let i = 0;
        let c = 0;
        while (i < this.bN || c < this.cN) {
            const bl = i < this.bN ? this.bLine[i] : Infinity;
            const cl = c < this.cN ? this.cLine[c] : Infinity;
            if (cl < bl) {
                const [cov, total] = this.countsAt(c);
                yield [cl, cov, total];
                c++;
            }
            else {
                const hi = this.rangeEnd(i, bl);
                const k = this.identifiedCounts(i, hi);
                yield [bl, k.covered, k.total];
                i = hi;
            }
        }
    }
    *keys() {
        for (const [l] of this.entries())
            yield l;
    }
    *values() {
        for (const [, h] of this.entries())
            yield h;
    }
    /** Lines in ascending order; a RangeError at a wide count-only line (use `lineCounts`). */
    *entries() {
        let i = 0;
        let c = 0;
        while (i < this.bN || c < this.cN) {
            const bl = i < this.bN ? this.bLine[i] : Infinity;
            const cl = c < this.cN ? this.cLine[c] : Infinity;
            if (cl < bl) {
                yield [cl, this.unpackAt(c)];
                c++;
            }
            else {
                const hi = this.rangeEnd(i, bl);
                yield [bl, Array.from(this.bHits.subarray(i, hi))];
                i = hi;
            }
        }
    }
    [Symbol.iterator]() {
        return this.entries();
    }
    /** Merge another table into this one (identified branches by position), keeping count-only lines packed. */
    mergeFrom(src) {
        for (let i = 0; i < src.bN;) {
            const line = src.bLine[i];
            const hi = src.rangeEnd(i, line);
            this.add(line, Array.from(src.bHits.subarray(i, hi)));
            i = hi;
        }
        for (let c = 0; c < src.cN; c++) {
            const [cov, total] = src.countsAt(c);
            this.addCounts(src.cLine[c], cov, total);
        }
    }
    /** Make room for `n` identified branches in one allocation per array (contents unchanged). */
    reserve(n) {
        if (n <= this.bLine.length)
            return;
        const m = this.bN;
        const line = new Uint32Array(n);
        line.set(this.bLine.subarray(0, m));
        this.bLine = line;
        const hits = new Uint32Array(n);
        hits.set(this.bHits.subarray(0, m));
        this.bHits = hits;
        if (this.bId) {
            const id = new Int32Array(n);
            id.set(this.bId.subarray(0, m));
            this.bId = id;
        }
    }
    /** Forget branch ids (addById then treats every existing branch as unidentified). */
    releaseIds() {
        this.idx = undefined;
        this.bId = undefined;
    }
    byteSize() {
        return (this.bLine.byteLength +
            this.bHits.byteLength +
            (this.bId?.byteLength ?? 0) +
            this.cLine.byteLength +
            this.cVal.byteLength +
            (this.wide ? this.wide.size * 64 : 0));
    }
    /** The table as numbers and arrays, for FileCoverage.freeze() (after compact()); the table is left empty. */
    exportState() {
        this.idx = undefined;
        let wide;
        if (this.wide?.size) {
            wide = new Float64Array(this.wide.size * 3);
            let k = 0;
            for (const [line, [c, t]] of this.wide) {
                wide[k++] = line;
                wide[k++] = c;
                wide[k++] = t;
            }
        }
        const state = {
            nums: [this.bN, this.bLines, this.cN],
            arrays: [this.bLine, this.bHits, this.bId, this.cLine, this.cVal, wide],
        };
        this.bLine = this.bHits = this.cLine = this.cVal = EMPTY_U32;
        this.bId = undefined;
        this.wide = undefined;
        this.bN = this.bLines = this.cN = 0;
        return state;
    }
    importState(s) {
        this.idx = undefined;
        [this.bN, this.bLines, this.cN] = s.nums;
        const [bLine, bHits, bId, cLine, cVal, wide] = s.arrays;
        this.wide = undefined;
        if (wide) {
            this.wide = new Map();
            for (let k = 0; k < wide.length; k += 3)
                this.wide.set(wide[k], [wide[k + 1], wide[k + 2]]);
        }
        this.bLine = bLine;
        this.bHits = bHits;
        this.bId = bId;
        this.cLine = cLine;
        this.cVal = cVal;
    }
    /** Drop growth slack (the table is complete; adding later still works). */
    compact() {
        this.idx = undefined;
        if (this.bLine.length > this.bN) {
            this.bLine = this.bLine.slice(0, this.bN);
            this.bHits = this.bHits.slice(0, this.bN);
            if (this.bId)
                this.bId = this.bId.slice(0, this.bN);
        }
        if (this.cLine.length > this.cN) {
            this.cLine = this.cLine.slice(0, this.cN);
            this.cVal = this.cVal.slice(0, this.cN);
        }
    }
}
function unpack(v) {
    const c = v >>> 16;
    const t = v & 0xffff;
    const out = new Array(t);
    for (let i = 0; i < t; i++)
        out[i] = i < c ? 1 : 0;
    return out;
}

;// CONCATENATED MODULE: ./packages/coverage/src/model/function-table.ts


/** FunctionTable.encode's buffer for ASCII keys (used before the next call only). */
let scratch = new Uint8Array(256);
/**
 * Functions of one file, read like a `Map<key, FunctionCoverage>` in insertion order. Stored
 * compact: all keys as UTF-8 bytes back to back in one byte array with end offsets, line / end
 * line / hits in typed arrays, and the display name only where it differs from the key. A 1 GB
 * C++ tracefile holds millions of functions; an object, a string and a Map entry each cost ~150
 * bytes, this ~12 plus the name's bytes.
 *
 * Parsers look keys up by their bytes (`findBytes`, `keyEquals`) without making a string; a
 * string key is encoded to bytes first. Objects read from it are copies: change a function with
 * `add`/`locate`. Lookups use an open-addressing hash index built on first use;
 * `releaseIndex()` (or `compact()`) frees it when the file is done. Keys compare as UTF-8, so a
 * key with a lone surrogate (only possible from escaped JSON) equals its U+FFFD spelling.
 */
class FunctionTable {
    /** Keys' bytes, back to back; key i ends at rec[3i]. */
    keyBytes = EMPTY_U8;
    keyLen = 0;
    /** Whether every key byte is ASCII (keys then decode as Latin-1, the fast way). */
    ascii = true;
    /** Per function, three numbers: key end offset, line, hits (one array: fewer objects per file). */
    rec = EMPTY_U32;
    /** end line + 1, 0 when unknown; allocated when the first end line is set */
    end;
    names;
    n = 0;
    /** slot -> key index + 1 (0: empty); a power of two long, at most half full. Parse time only. */
    slots;
    /** Key hashes, kept with `slots` so that growing the index does not hash the keys again. */
    hashes;
    /** The hash of the key `findBytes` last did not find (for `addBytes` right after it). */
    missHash = 0;
    /** Whether keyBytes and rec are scratch arrays from the pool (the table is being filled). */
    hot = false;
    get size() {
        return this.n;
    }
    keyStart(i) {
        return i === 0 ? 0 : this.rec[3 * i - 3];
    }
    view() {
        return Buffer.from(this.keyBytes.buffer, this.keyBytes.byteOffset, this.keyLen);
    }
    keyAt(i, v) {
        return v.toString(this.ascii ? 'latin1' : 'utf8', this.keyStart(i), this.rec[3 * i]);
    }
    /**
     * Hash of bytes [s, e): 32-bit FNV-1a, its prime multiply written as shifts (Math.imul is
     * not inlined where the code runs in another realm, e.g. under jest's vm modules: 100x
     * slower there); -1 when a byte is not ASCII.
     */
    static hash(buf, s, e) {
        let h = 0x811c9dc5 | 0;
        for (let j = s; j < e; j++) {
            const c = buf[j];
            if (c >= 0x80)
                return -1;
            h ^= c;
            h = (h + (h << 1) + (h << 4) + (h << 7) + (h << 8) + (h << 24)) | 0;
        }
        return h >>> 0;
    }
    static hashAny(buf, s, e) {
        let h = 0x811c9dc5 | 0;
        for (let j = s; j < e; j++) {
            h ^= buf[j];
            h = (h + (h << 1) + (h << 4) + (h << 7) + (h << 8) + (h << 24)) | 0;
        }
        return h >>> 0;
    }
    /** (Re)build the index with `cap` slots (a power of two). */
    buildSlots(cap) {
        const n = this.n;
        let hs = this.hashes;
        if (!hs) {
            hs = takeU32(Math.max(16, Math.floor(this.rec.length / 3)));
            const kb = this.keyBytes;
            for (let i = 0; i < n; i++)
                hs[i] = FunctionTable.hashAny(kb, this.keyStart(i), this.rec[3 * i]);
            this.hashes = hs;
        }
        if (this.slots)
            giveI32(this.slots);
        const slots = takeI32(cap); // a power of two long (every slots array is), maybe longer than cap
        slots.fill(0);
        const mask = slots.length - 1;
        for (let i = 0; i < n; i++) {
            let x = hs[i] & mask;
            while (slots[x] !== 0)
                x = (x + 1) & mask;
            slots[x] = i + 1;
        }
        this.slots = slots;
        return slots;
    }
    newSlots() {
        let cap = 64;
        while (cap < this.n * 2 + 2)
            cap *= 2;
        return this.buildSlots(cap);
    }
    probe(h, buf, s, e) {
        const slots = this.slots ?? this.newSlots();
        const mask = slots.length - 1;
        for (let x = h & mask;; x = (x + 1) & mask) {
            const k = slots[x];
            if (k === 0)
                return -1;
            if (this.keyEquals(k - 1, buf, s, e))
                return k - 1;
        }
    }
    /**
     * Index of the key whose UTF-8 bytes are buf[s..e), -1 when absent (an `addBytes` right after
     * it adds the key without hashing again), -2 when a byte is not ASCII (use the string methods:
     * the bytes may not be valid UTF-8).
     */
    findBytes(buf, s, e) {
        const h = FunctionTable.hash(buf, s, e);
        if (h === -1)
            return -2;
        this.missHash = h;
        return this.probe(h, buf, s, e);
    }
    /** Add the key buf[s..e) that `findBytes` just did not find. Returns its index. */
    addBytes(buf, s, e, line, endLine, hits) {
        return this.append(buf, s, e, this.missHash, line, endLine, hits);
    }
    append(buf, s, e, h, line, endLine, hits) {
        const i = this.n++;
        const len = e - s;
        if (!this.hot)
            this.thaw(len);
        let rec = this.rec;
        if (3 * i + 3 > rec.length) {
            const next = takeU32(Math.max(48, rec.length * 2));
            next.set(rec.subarray(0, 3 * i));
            giveU32(rec);
            this.rec = rec = next;
        }
        const room = Math.floor(rec.length / 3);
        if (this.end && this.end.length < room)
            this.end = growU32(this.end, room);
        const hs = this.hashes;
        if (hs && hs.length < room) {
            const next = takeU32(room);
            next.set(hs.subarray(0, i));
            giveU32(hs);
            this.hashes = next;
        }
        let kb = this.keyBytes;
        let at = this.keyLen;
        if (at + len > kb.length) {
            const next = takeU8(Math.max(4096, (at + len) * 2));
            next.set(kb.subarray(0, at));
            giveU8(kb);
            this.keyBytes = kb = next;
        }
        if (len < 48) {
            for (let j = s; j < e; j++)
                kb[at++] = buf[j];
        }
        else {
            kb.set(buf.subarray(s, e), at);
            at += len;
        }
        this.keyLen = at;
        rec[3 * i] = at;
        rec[3 * i + 1] = line > 0 ? line : 0;
        rec[3 * i + 2] = (0,vocabulary/* clampHits */.EE)(hits);
        if (endLine !== undefined)
            this.setEnd(i, endLine);
        else if (this.end)
            this.end[i] = 0;
        let slots = this.slots;
        if (slots) {
            this.hashes[i] = h;
            if (this.n * 2 > slots.length)
                slots = this.buildSlots(slots.length * 2);
            else {
                const mask = slots.length - 1;
                let x = h & mask;
                while (slots[x] !== 0)
                    x = (x + 1) & mask;
                slots[x] = i + 1;
            }
        }
        return i;
    }
    /** Move keys and records into pool scratch arrays with room to grow (compact() moves them out). */
    thaw(len) {
        const rec = takeU32(Math.max(48, this.rec.length * 2));
        rec.set(this.rec.subarray(0, 3 * this.n));
        const kb = takeU8(Math.max(4096, (this.keyLen + len) * 2));
        kb.set(this.keyBytes.subarray(0, this.keyLen));
        this.rec = rec;
        this.keyBytes = kb;
        this.hot = true;
    }
    setEnd(i, endLine) {
        this.end ??= new Uint32Array(Math.floor(this.rec.length / 3));
        this.end[i] = endLine + 1;
    }
    /** A key as UTF-8 bytes, in a scratch buffer for ASCII keys: [bytes, length]. */
    static encode(key) {
        const n = key.length;
        if (scratch.length < n)
            scratch = new Uint8Array(n * 2);
        for (let j = 0; j < n; j++) {
            const c = key.charCodeAt(j);
            if (c >= 0x80) {
                const b = Buffer.from(key, 'utf8');
                return [b, b.length];
            }
            scratch[j] = c;
        }
        return [scratch, n];
    }
    /** Index of a key, or -1. */
    indexOf(key) {
        const [b, n] = FunctionTable.encode(key);
        return this.probe(FunctionTable.hashAny(b, 0, n), b, 0, n);
    }
    /** Free the key index (lookups rebuild it). */
    releaseIndex() {
        if (this.slots)
            giveI32(this.slots);
        if (this.hashes)
            giveU32(this.hashes);
        this.slots = undefined;
        this.hashes = undefined;
    }
    has(key) {
        return this.indexOf(key) !== -1;
    }
    at(i, key) {
        const e = this.end ? this.end[i] : 0;
        const name = this.names?.get(i) ?? key;
        const line = this.rec[3 * i + 1];
        const hits = this.rec[3 * i + 2];
        return e === 0 ? { name, line, hits } : { name, line, endLine: e - 1, hits };
    }
    get(key) {
        const i = this.indexOf(key);
        return i === -1 ? undefined : this.at(i, key);
    }
    /** Add a function, or add hits to the one with this key (its name and location stay). Returns its index. */
    add(key, f) {
        const i = this.indexOf(key);
        if (i !== -1) {
            this.addHits(i, f.hits);
            return i;
        }
        return this.addNew(key, f);
    }
    /** Add a function whose key the table does not have (the caller looked it up). Returns its index. */
    addNew(key, f) {
        const [b, n] = FunctionTable.encode(key);
        if (b !== scratch)
            this.ascii = false;
        if (!this.slots)
            this.newSlots();
        const i = this.append(b, 0, n, FunctionTable.hashAny(b, 0, n), f.line, f.endLine, f.hits);
        if (f.name !== key)
            (this.names ??= new Map()).set(i, f.name);
        return i;
    }
    /** Add hits to function i (what `add` does for a key it finds). */
    addHits(i, hits) {
        const sum = this.rec[3 * i + 2] + (0,vocabulary/* clampHits */.EE)(hits);
        this.rec[3 * i + 2] = sum > vocabulary/* MAX_HITS */.So ? vocabulary/* MAX_HITS */.So : sum;
    }
    /** Whether key i is exactly the bytes buf[s..e) (false when i is out of range). Allocates nothing. */
    keyEquals(i, buf, s, e) {
        if (i >= this.n)
            return false;
        const rec = this.rec;
        let a = i === 0 ? 0 : rec[3 * i - 3];
        if (rec[3 * i] - a !== e - s)
            return false;
        const kb = this.keyBytes;
        for (let j = s; j < e; j++, a++)
            if (buf[j] !== kb[a])
                return false;
        return true;
    }
    /** Set the location of function i (lcov: the last FN line wins); `end` undefined keeps the end line. */
    locate(i, line, end) {
        this.rec[3 * i + 1] = line;
        if (end !== undefined)
            this.setEnd(i, end);
    }
    clear() {
        if (this.hot) {
            giveU8(this.keyBytes);
            giveU32(this.rec);
            this.hot = false;
        }
        this.keyBytes = EMPTY_U8;
        this.keyLen = 0;
        this.ascii = true;
        this.rec = EMPTY_U32;
        this.n = 0;
        this.end = undefined;
        this.names = undefined;
        this.releaseIndex();
    }
    *entries() {
        const v = this.view();
        for (let i = 0; i < this.n; i++) {
            const k = this.keyAt(i, v);
            yield [k, this.at(i, k)];
        }
    }
    *keys() {
        const v = this.view();
        for (let i = 0; i < this.n; i++)
            yield this.keyAt(i, v);
    }
    *values() {
        for (const [, f] of this.entries())
            yield f;
    }
    [Symbol.iterator]() {
        return this.entries();
    }
    /** Functions with hits > 0. */
    covered() {
        let c = 0;
        for (let i = 0; i < this.n; i++)
            if (this.rec[3 * i + 2] > 0)
                c++;
        return c;
    }
    byteSize() {
        return (this.keyBytes.byteLength +
            this.rec.byteLength +
            (this.end?.byteLength ?? 0) +
            (this.slots?.byteLength ?? 0) +
            (this.hashes?.byteLength ?? 0));
    }
    /** Whether exportState() can hold the table: no display names that differ from keys (istanbul's). */
    get exportable() {
        return this.names === undefined;
    }
    /** The table as numbers and arrays, for FileCoverage.freeze() (after compact()); the table is left empty. */
    exportState() {
        const state = {
            nums: [this.keyLen, this.ascii ? 1 : 0, this.n],
            arrays: [this.keyBytes, this.rec, this.end],
        };
        this.keyBytes = EMPTY_U8;
        this.rec = EMPTY_U32;
        this.end = undefined;
        this.keyLen = this.n = 0;
        this.ascii = true;
        return state;
    }
    importState(s) {
        this.keyLen = s.nums[0];
        this.ascii = s.nums[1] === 1;
        this.n = s.nums[2];
        this.keyBytes = s.arrays[0];
        this.rec = s.arrays[1];
        this.end = s.arrays[2];
    }
    /** Drop growth slack and the index: the arrays are copied out at their exact size. */
    compact() {
        this.releaseIndex();
        if (this.hot) {
            const kb = this.keyBytes;
            const rec = this.rec;
            this.keyBytes = kb.slice(0, this.keyLen);
            this.rec = rec.slice(0, 3 * this.n);
            giveU8(kb);
            giveU32(rec);
            this.hot = false;
        }
        if (this.end && this.end.length > this.n)
            this.end = this.end.slice(0, this.n);
    }
}

;// CONCATENATED MODULE: ./packages/coverage/src/model/line-table.ts
/**
 * Line hits of one file (LineTable), dense by line number.
 */


/** Stored value meaning "the hits are in the overflow map". */
const BIG = 0xffff;
/**
 * Executable lines of one file and their hit counts, dense by line number: 2 bytes a source
 * line (hits+1 in a Uint16Array, so 0 means "not executable"), and counts of 65534 and more
 * in a small overflow map. Half the memory of 32-bit cells; only hot lines overflow.
 */
class LineTable {
    data;
    big;
    maxLine = 0;
    count = 0;
    constructor(capacity = 0) {
        this.data = capacity === 0 ? EMPTY_U16 : new Uint16Array(capacity);
    }
    hitsOf(v, line) {
        return v === BIG ? this.big.get(line) : v - 1;
    }
    store(line, h) {
        if (h < BIG - 1)
            this.data[line] = h + 1;
        else {
            this.data[line] = BIG;
            (this.big ??= new Map()).set(line, h);
        }
    }
    /** Add hits to a line (marking it executable). Sums saturate at MAX_HITS. */
    add(line, hits) {
        if (line >= this.data.length)
            this.grow(line);
        const prev = this.data[line];
        const h = hits >= 0 && hits < BIG - 1 && (hits | 0) === hits ? hits : (0,vocabulary/* clampHits */.EE)(hits);
        if (prev === 0) {
            this.count++;
            if (line > this.maxLine)
                this.maxLine = line;
            if (h < BIG - 1)
                this.data[line] = h + 1;
            else
                this.store(line, h);
        }
        else {
            const sum = (prev === BIG ? this.big.get(line) : prev - 1) + h;
            if (sum < BIG - 1)
                this.data[line] = sum + 1;
            else
                this.store(line, sum > vocabulary/* MAX_HITS */.So ? vocabulary/* MAX_HITS */.So : sum);
        }
    }
    /** Raise a line's hits to at least `hits` (OR semantics for set-mode data). */
    max(line, hits) {
        if (line >= this.data.length)
            this.grow(line);
        const prev = this.data[line];
        const h = (0,vocabulary/* clampHits */.EE)(hits);
        if (prev === 0) {
            this.count++;
            if (line > this.maxLine)
                this.maxLine = line;
            this.store(line, h);
        }
        else if (this.hitsOf(prev, line) < h) {
            this.store(line, h);
        }
    }
    /** Hits of a line, or undefined when the line is not executable. */
    get(line) {
        if (line < 0 || line >= this.data.length)
            return undefined;
        const v = this.data[line];
        return v === 0 ? undefined : this.hitsOf(v, line);
    }
    has(line) {
        return line >= 0 && line < this.data.length && this.data[line] !== 0;
    }
    get size() {
        return this.count;
    }
    /** Executable lines in ascending order. */
    *entries() {
        const d = this.data;
        for (let i = 0; i <= this.maxLine && i < d.length; i++) {
            const v = d[i];
            if (v !== 0)
                yield [i, this.hitsOf(v, i)];
        }
    }
    counter() {
        let covered = 0;
        const d = this.data;
        const n = Math.min(this.maxLine + 1, d.length);
        for (let i = 0; i < n; i++) {
            if (d[i] > 1)
                covered++;
        }
        return { covered, total: this.count };
    }
    /** Add every line of `src` (hits summed) in one pass over its array, growing at most once. */
    mergeFrom(src) {
        if (src.count === 0)
            return;
        if (src.maxLine >= this.data.length)
            this.grow(src.maxLine);
        const d = src.data;
        const n = Math.min(src.maxLine + 1, d.length);
        for (let i = 0; i < n; i++) {
            const v = d[i];
            if (v !== 0)
                this.add(i, v === BIG ? src.big.get(i) : v - 1);
        }
    }
    /** Make room for lines up to `line` in one allocation (a parser that knows the largest line of a section). */
    reserve(line) {
        if (line < this.data.length)
            return;
        if (!Number.isInteger(line) || line < 0 || line > vocabulary/* MAX_LINE */.MV) {
            throw new RangeError(`line number ${line} is out of range (0..${vocabulary/* MAX_LINE */.MV})`);
        }
        const next = new Uint16Array(line + 1);
        next.set(this.data);
        this.data = next;
    }
    /** Bytes the table holds (for a parser's memory budget). */
    byteSize() {
        return this.data.byteLength + (this.big ? this.big.size * 40 : 0);
    }
    /** The table as numbers and arrays, for FileCoverage.freeze(); the table is left empty. */
    exportState() {
        let big;
        if (this.big) {
            big = new Float64Array(this.big.size * 2);
            let k = 0;
            for (const [line, h] of this.big) {
                big[k++] = line;
                big[k++] = h;
            }
        }
        const state = { nums: [this.maxLine, this.count], arrays: [this.data, big] };
        this.data = EMPTY_U16;
        this.big = undefined;
        this.maxLine = 0;
        this.count = 0;
        return state;
    }
    importState(s) {
        this.maxLine = s.nums[0];
        this.count = s.nums[1];
        this.data = s.arrays[0];
        const big = s.arrays[1];
        this.big = undefined;
        if (big) {
            this.big = new Map();
            for (let k = 0; k < big.length; k += 2)
                this.big.set(big[k], big[k + 1]);
        }
    }
    /** Drop the growth slack (call when the table is complete; adding later still works). */
    compact() {
        const want = this.count === 0 ? 0 : this.maxLine + 1;
        if (this.data.length > want)
            this.data = this.data.slice(0, want);
    }
    grow(line) {
        if (!Number.isInteger(line) || line < 0 || line > vocabulary/* MAX_LINE */.MV) {
            throw new RangeError(`line number ${line} is out of range (0..${vocabulary/* MAX_LINE */.MV})`);
        }
        const next = new Uint16Array(nextCapacity(this.data.length, line));
        next.set(this.data);
        this.data = next;
    }
}
/**
 * Capacity for a growing table that must hold index `line`: a quarter more (at least 64), rounded up to 16.
 * Doubling left a 500 MB report's 46,000 small files with up to twice the memory they use;
 * growing by a quarter still keeps appends amortized.
 */
function nextCapacity(current, line) {
    // At least 64 more slots: a file read line by line would otherwise reallocate every few lines
    // (the parsers trim the slack when a file is complete).
    const want = Math.max(line + 1, Math.ceil(current * 1.25), current + 64);
    return Math.min((want + 15) & ~15, vocabulary/* MAX_LINE */.MV + 1);
}

;// CONCATENATED MODULE: ./packages/coverage/src/model/pack.ts
/**
 * Spill packing: a file's table states as one block of bytes for the spill file, and back.
 */

/** packStates' buffer (reused: one freeze at a time). */
let packBuf = new Uint8Array(1 << 16);
/**
 * Tables' states as one block: a Float64 header (its length, then per table the numbers, the
 * array count, and per array its kind and length, -1 for none), then the arrays' bytes.
 * Returns the block, a view of a reused buffer (valid until the next call).
 */
function packStates(states) {
    const head = [];
    let bytes = 0;
    for (const st of states) {
        head.push(st.nums.length, ...st.nums, st.arrays.length);
        for (const a of st.arrays) {
            if (!a)
                head.push(-1, 0);
            else {
                head.push(ARRAY_KINDS.findIndex((K) => a instanceof K), a.length);
                bytes += a.byteLength;
            }
        }
    }
    const headBytes = 8 * (head.length + 1);
    const len = headBytes + bytes;
    if (packBuf.length < len)
        packBuf = new Uint8Array(Math.max(len, packBuf.length * 2));
    const raw = packBuf;
    raw.set(new Uint8Array(Float64Array.from([head.length, ...head]).buffer));
    let off = headBytes;
    for (const st of states) {
        for (const a of st.arrays) {
            if (!a)
                continue;
            raw.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), off);
            off += a.byteLength;
        }
    }
    return raw.subarray(0, len);
}
function unpackStates(raw, count) {
    const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
    const headLen = view.getFloat64(0, true);
    let p = 8;
    const num = () => {
        const v = view.getFloat64(p, true);
        p += 8;
        return v;
    };
    let off = 8 * (headLen + 1);
    const out = [];
    for (let t = 0; t < count; t++) {
        const nn = num();
        const nums = [];
        for (let k = 0; k < nn; k++)
            nums.push(num());
        const na = num();
        const arrays = [];
        for (let k = 0; k < na; k++) {
            const kind = num();
            const n = num();
            if (kind === -1) {
                arrays.push(undefined);
                continue;
            }
            if (n === 0) {
                arrays.push(EMPTIES[kind]);
                continue;
            }
            const a = new ARRAY_KINDS[kind](n);
            new Uint8Array(a.buffer).set(raw.subarray(off, off + a.byteLength));
            off += a.byteLength;
            arrays.push(a);
        }
        out.push({ nums, arrays });
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/coverage/src/model/file-coverage.ts





/**
 * A frozen file's place in its spill file and the counters summaries read without thawing it.
 * Kept after a thaw, so a refreeze that fits reuses the place. One small object per frozen file
 * (its tables are dropped): a 1 GB report can hold a hundred thousand files.
 */
class ColdBlock {
    spill;
    ref = { off: 0, len: 0, cap: 0 };
    linesCovered = 0;
    lines = 0;
    branchesCovered = 0;
    branches = 0;
    functionsCovered = 0;
    functions = 0;
    constructor(spill) {
        this.spill = spill;
    }
}
class FileCoverage {
    path;
    _lines = new LineTable();
    _branches = new BranchTable();
    _functions = new FunctionTable();
    /** Set while the file is frozen (its tables in the spill file, the fields above undefined), and kept after a thaw. */
    cold;
    /** line -> hits (executable lines only). */
    get lines() {
        return this._lines ?? this.thaw()._lines;
    }
    /** line -> hit count of each branch on that line, in the order the report lists them. */
    get branches() {
        return this._branches ?? this.thaw()._branches;
    }
    /** key (name, or name@line where names repeat) -> function (Map-like, compact). */
    get functions() {
        return this._functions ?? this.thaw()._functions;
    }
    _statements;
    _instructions;
    /** key (format-specific, stable: e.g. "12.5,14.2" for Go, the statement id for istanbul) -> statement. Created on first use. */
    get statements() {
        return (this._statements ??= new Map());
    }
    /** line -> instructions (JaCoCo). Created on first use. */
    get instructions() {
        return (this._instructions ??= new Map());
    }
    /**
     * Counts known only as totals, without per-line data (istanbul coverage-summary.json).
     * When set, `summarizeFile` reports these counters (0/0 for a metric not given) instead of
     * counting the tables above.
     */
    summaryOnly;
    constructor(path) {
        this.path = path;
    }
    addBranches(line, hits) {
        this.branches.add(line, hits);
    }
    /** Branches known only as counts (Cobertura's "condition-coverage", JaCoCo's mb/cb): kept as two numbers, up to 2^53-1. */
    addBranchCounts(line, covered, total) {
        this.branches.addCounts(line, covered, total);
    }
    addStatement(key, s, mode = 'sum') {
        const prev = this.statements.get(key);
        if (!prev) {
            this.statements.set(key, { ...s, hits: (0,vocabulary/* clampHits */.EE)(s.hits) });
        }
        else if (mode === 'max') {
            prev.hits = Math.max(prev.hits, (0,vocabulary/* clampHits */.EE)(s.hits));
        }
        else {
            prev.hits = Math.min(prev.hits + (0,vocabulary/* clampHits */.EE)(s.hits), vocabulary/* MAX_HITS */.So);
        }
    }
    addFunction(key, f) {
        this.functions.add(key, f);
    }
    /** Drop growth slack and parse-time indexes once the file is read (it can still be added to). */
    compact() {
        if (this.frozen)
            return;
        this._lines.compact();
        this._branches.compact();
        this._functions.compact();
    }
    /** Bytes the tables hold (0 while frozen: they are in the spill file), for a parser's memory budget. */
    byteSize() {
        if (this.frozen)
            return 0;
        return this._lines.byteSize() + this._branches.byteSize() + this._functions.byteSize();
    }
    get frozen() {
        return this._lines === undefined;
    }
    /**
     * Move the tables to `spill` until they are next read: any access to lines, branches or
     * functions reads them back, exactly as they were. For a parser over its memory budget. The
     * counters summarizeFile needs are kept, so summaries do not thaw. Only files with lines,
     * branches and functions alone (lcov's) are frozen; returns whether this one was.
     */
    freeze(spill) {
        if (this.frozen ||
            this._statements?.size ||
            this._instructions?.size ||
            this.summaryOnly ||
            !this._functions.exportable)
            return false;
        this.compact();
        const lines = this._lines;
        const branches = this._branches;
        const fns = this._functions;
        const prev = this.cold?.spill === spill ? this.cold.ref : undefined;
        const c = (this.cold = prev ? this.cold : new ColdBlock(spill));
        const l = lines.counter();
        const b = branches.counter();
        c.linesCovered = l.covered;
        c.lines = l.total;
        c.branchesCovered = b.covered;
        c.branches = b.total;
        c.functionsCovered = fns.covered();
        c.functions = fns.size;
        const states = [lines.exportState(), branches.exportState(), fns.exportState()];
        try {
            const packed = packStates(states);
            c.ref = spill.put(packed, packed.length, prev);
        }
        catch (e) {
            // A full disk, say: the tables stay in memory as they were.
            lines.importState(states[0]);
            branches.importState(states[1]);
            fns.importState(states[2]);
            if (!prev)
                this.cold = undefined;
            throw e;
        }
        this._lines = this._branches = this._functions = undefined;
        return true;
    }
    thaw() {
        const c = this.cold;
        const [l, b, f] = unpackStates(c.spill.get(c.ref), 3);
        (this._lines = new LineTable()).importState(l);
        (this._branches = new BranchTable()).importState(b);
        (this._functions = new FunctionTable()).importState(f);
        return this;
    }
    /** The spill file of a frozen file (undefined when the file is in memory). */
    get frozenIn() {
        return this.frozen ? this.cold.spill : undefined;
    }
    /** Lines with data (executable lines), without thawing a frozen file. */
    get lineCount() {
        return this.frozen ? this.cold.lines : this._lines.size;
    }
    /** A frozen file's line, branch and function counters, without thawing it; undefined when it is not frozen. */
    frozenCounters() {
        if (!this.frozen)
            return undefined;
        const c = this.cold;
        return {
            lines: { covered: c.linesCovered, total: c.lines },
            branches: { covered: c.branchesCovered, total: c.branches },
            functions: { covered: c.functionsCovered, total: c.functions },
        };
    }
    addInstructions(line, covered, total) {
        const prev = this.instructions.get(line);
        if (!prev)
            this.instructions.set(line, { covered, total });
        else {
            prev.covered = Math.max(prev.covered, covered);
            prev.total = Math.max(prev.total, total);
        }
    }
}
function emptyReport(format, producer = { name: 'unknown' }) {
    return { format, producer, metrics: new Set(['lines']), files: new Map(), sourceRoots: [], warnings: [] };
}
/**
 * Release what parsing needed and reading does not (lookup indexes, branch ids) in every file
 * of a report; parsers call this when done. It allocates nothing: trimming growth slack
 * (`FileCoverage.compact`) is done per file as a parser leaves it, so that the old arrays are
 * collected during the parse instead of all at once at the end, when memory peaks.
 */
function releaseParseState(r) {
    for (const f of r.files.values()) {
        if (f.frozen)
            continue; // frozen after compact(): no index; branch ids stay in the blob
        f.functions.releaseIndex();
        f.branches.releaseIds();
    }
}
/** Get or create the entry for a path. */
function fileOf(report, path) {
    let f = report.files.get(path);
    if (!f) {
        f = new FileCoverage(path);
        report.files.set(path, f);
    }
    return f;
}


/***/ }),

/***/ 7230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   Zy: () => (/* binding */ addCounters),
/* harmony export */   vA: () => (/* binding */ totalsOf),
/* harmony export */   w1: () => (/* binding */ summarizeFile)
/* harmony export */ });
function branchCounter(f) {
    return f.branches.counter();
}
function statementCounter(f) {
    let covered = 0;
    let total = 0;
    for (const s of f.statements.values()) {
        total += s.n;
        if (s.hits > 0)
            covered += s.n;
    }
    return { covered, total };
}
function functionCounter(f) {
    return { covered: f.functions.covered(), total: f.functions.size };
}
function instructionCounter(f) {
    let covered = 0;
    let total = 0;
    for (const c of f.instructions.values()) {
        covered += c.covered;
        total += c.total;
    }
    return { covered, total };
}
function summarizeFile(f, metrics) {
    const only = f.summaryOnly;
    if (only) {
        const get = (m) => metrics.has(m) ? { ...(only[m] ?? { covered: 0, total: 0 }) } : null;
        return {
            path: f.path,
            lines: { ...(only.lines ?? { covered: 0, total: 0 }) },
            branches: get('branches'),
            statements: get('statements'),
            functions: get('functions'),
            instructions: get('instructions'),
        };
    }
    const cold = f.frozenCounters();
    if (cold) {
        return {
            path: f.path,
            lines: cold.lines,
            branches: metrics.has('branches') ? cold.branches : null,
            statements: metrics.has('statements') ? statementCounter(f) : null,
            functions: metrics.has('functions') ? cold.functions : null,
            instructions: metrics.has('instructions') ? instructionCounter(f) : null,
        };
    }
    return {
        path: f.path,
        lines: f.lines.counter(),
        branches: metrics.has('branches') ? branchCounter(f) : null,
        statements: metrics.has('statements') ? statementCounter(f) : null,
        functions: metrics.has('functions') ? functionCounter(f) : null,
        instructions: metrics.has('instructions') ? instructionCounter(f) : null,
    };
}
function addCounters(a, b) {
    return { covered: a.covered + b.covered, total: a.total + b.total };
}
function totalsOf(summaries, metrics) {
    const t = {
        lines: { covered: 0, total: 0 },
        branches: metrics.has('branches') ? { covered: 0, total: 0 } : null,
        statements: metrics.has('statements') ? { covered: 0, total: 0 } : null,
        functions: metrics.has('functions') ? { covered: 0, total: 0 } : null,
        instructions: metrics.has('instructions') ? { covered: 0, total: 0 } : null,
    };
    for (const s of summaries) {
        t.lines = addCounters(t.lines, s.lines);
        for (const m of ['branches', 'statements', 'functions', 'instructions']) {
            const c = s[m];
            if (t[m] && c)
                t[m] = addCounters(t[m], c);
        }
    }
    return t;
}
/** Unrounded percent, or null when there is nothing to cover. */
function percent(c) {
    if (!c || c.total === 0)
        return null;
    return (c.covered / c.total) * 100;
}


/***/ }),

/***/ 4100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cb: () => (/* binding */ METRICS),
/* harmony export */   EE: () => (/* binding */ clampHits),
/* harmony export */   MV: () => (/* binding */ MAX_LINE),
/* harmony export */   So: () => (/* binding */ MAX_HITS),
/* harmony export */   hR: () => (/* binding */ FORMATS)
/* harmony export */ });
/**
 * The model's vocabulary: formats, metrics, counters and the limits every table enforces.
 */
const FORMATS = [
    'lcov',
    'cobertura',
    'clover',
    'jacoco',
    'go',
    'istanbul',
    'istanbul-summary',
];
const METRICS = ['lines', 'branches', 'statements', 'functions', 'instructions'];
/** Line numbers above this are refused: no source file is that long, and the table is dense. */
const MAX_LINE = 10_000_000;
/** Hit counts saturate here (stored +1 in a Uint32Array). */
const MAX_HITS = 0xfffffffe;
function clampHits(hits) {
    if (!(hits > 0))
        return 0; // negative, NaN -> 0 (parsers warn before calling)
    return hits > MAX_HITS ? MAX_HITS : Math.floor(hits);
}


/***/ }),

/***/ 2383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GY: () => (/* binding */ LINE_NUMBER_RULE),
/* harmony export */   H$: () => (/* binding */ MAX_COUNT),
/* harmony export */   JR: () => (/* binding */ MAX_BRANCH_TOTAL),
/* harmony export */   V5: () => (/* binding */ COUNT_RULE),
/* harmony export */   my: () => (/* binding */ isCount),
/* harmony export */   o2: () => (/* binding */ isLineNumber),
/* harmony export */   pW: () => (/* binding */ MAX_FILE_METHODS),
/* harmony export */   sI: () => (/* binding */ MAX_GO_BLOCK_LINES),
/* harmony export */   w5: () => (/* binding */ MAX_GO_LINES)
/* harmony export */ });
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4100);
/**
 * Limits on the numbers of an untrusted report, shared by the parsers. A number outside them is
 * a FileFormatError naming the file and line (never a silently saturated or materialised count).
 */

/** Counts (hits, statements, instructions) above this cannot be added exactly: refused. */
const MAX_COUNT = Number.MAX_SAFE_INTEGER;
/**
 * Branches given only as counts (Cobertura's condition-coverage, JaCoCo's mb+cb, Clover's
 * truecount+falsecount) stay counts in the model, so any count is read in constant time and
 * memory: one line's total, and all of a report's totals added up, must stay at most MAX_COUNT.
 */
const MAX_BRANCH_TOTAL = MAX_COUNT;
/** Functions of one file given only as a count (Clover's <metrics methods>): no source file has more. */
const MAX_FILE_METHODS = 100_000;
/**
 * Go blocks are expanded to lines without the source at hand: one block spans at most this many
 * lines, and all blocks of a profile together at most MAX_GO_LINES (a profile that claims more
 * describes no real code and would take unbounded time and memory).
 */
const MAX_GO_BLOCK_LINES = 1_000_000;
const MAX_GO_LINES = 20_000_000;
/** A line number: a positive decimal integer up to MAX_LINE. */
function isLineNumber(v) {
    return v !== undefined && Number.isInteger(v) && v >= 1 && v <= _model_index_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_LINE */ .MV;
}
/** A count: a non-negative integer up to MAX_COUNT. */
function isCount(v) {
    return v !== undefined && Number.isSafeInteger(v) && v >= 0;
}
const LINE_NUMBER_RULE = `a positive decimal integer up to ${_model_index_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_LINE */ .MV}`;
const COUNT_RULE = `a non-negative decimal integer up to ${MAX_COUNT}`;


/***/ }),

/***/ 1882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GF: () => (/* binding */ writeJson),
/* harmony export */   fE: () => (/* binding */ toText)
/* harmony export */ });
/* unused harmony export toJson */
/* harmony import */ var _diff_coverage_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7524);
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7230);
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4100);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1913);



const cj = (c) => c ? { covered: c.covered, total: c.total, percent: (0,_model_index_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(c) } : null;
const metrics = (o) => Object.fromEntries(_model_index_js__WEBPACK_IMPORTED_MODULE_1__/* .METRICS */ .Cb.map((m) => [m, cj(o[m])]));
function toJson(a) {
    const out = {
        format: a.format,
        producer: { ...a.producer },
        inputs: a.inputs.map((i) => ({ path: i.path, format: i.format, producer: i.producer.name, files: i.files })),
        totals: metrics(a.totals),
        headline: { ...a.headline },
        files: a.files.map((f) => ({ path: f.path, ...metrics(f) })),
        unmapped: a.unmapped,
        warnings: a.warnings,
    };
    if (a.diff) {
        out.diff = {
            source: a.diff.source,
            ...(a.diff.mergeBase ? { mergeBase: a.diff.mergeBase } : {}),
            lines: cj(a.diff.lines),
            ...(a.diff.branches ? { branches: cj(a.diff.branches) } : {}),
            noCoverableLines: a.diff.noCoverableLines,
            files: a.diff.files.map((f) => ({ path: f.path, added: f.added, covered: f.covered, uncovered: f.uncovered })),
            skipped: a.diff.skipped,
        };
    }
    return out;
}
/**
 * The text of `JSON.stringify({ ...toJson(a), ...extra })`, handed to `write` in pieces of
 * about 64 KB: a report of 100,000 files is over 20 MB of JSON, and this holds neither the
 * per-file objects nor the whole text at once. A `write` that returns a promise (a stream
 * that is full) is waited for.
 */
async function writeJson(a, write, extra = {}) {
    const text = JSON.stringify({ ...toJson({ ...a, files: [] }), ...extra });
    // The first '"files":[]' is the top-level key: it comes before "diff" (whose files may be
    // empty too), and a '"' inside any string before it is escaped.
    const at = text.indexOf('"files":[]') + '"files":['.length;
    let buf = text.slice(0, at);
    for (let i = 0; i < a.files.length; i++) {
        const f = a.files[i];
        buf += (i === 0 ? '' : ',') + JSON.stringify({ path: f.path, ...metrics(f) });
        if (buf.length >= 1 << 16) {
            await write(buf);
            buf = '';
        }
    }
    await write(buf + text.slice(at));
}
const fmtPct = (c) => (c ? (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPercent */ .l9)(c) : '-');
const fmtCount = (c) => (c ? `${c.covered}/${c.total}` : '-');
function pad(rows, right) {
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
    return rows
        .map((r) => r
        .map((c, i) => (right[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd())
        .join('\n');
}
/** A compact table: one row per file (or only the worst `limit`), then totals and the headline. */
function toText(a, opts = {}) {
    const cols = ['lines', 'branches', 'statements', 'functions'].filter((m) => a.totals[m] !== null);
    const header = ['File', ...cols.flatMap((m) => [m, '%'])];
    let files = a.files;
    const limit = opts.limit ?? 50;
    let omitted = 0;
    if (files.length > limit) {
        files = [...files]
            .sort((x, y) => ((0,_model_index_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(x.lines) ?? 101) - ((0,_model_index_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(y.lines) ?? 101))
            .slice(0, limit)
            .sort((x, y) => (x.path < y.path ? -1 : 1));
        omitted = a.files.length - limit;
    }
    const rows = [header, ...files.map((f) => [f.path, ...cols.flatMap((m) => [fmtCount(f[m]), fmtPct(f[m])])])];
    rows.push(['Total', ...cols.flatMap((m) => [fmtCount(a.totals[m]), fmtPct(a.totals[m])])]);
    const out = [
        pad(rows, header.map((_, i) => i > 0)),
    ];
    if (omitted)
        out.push(`(${omitted} more files with higher line coverage not shown; --json lists all)`);
    const producer = a.producer.name === 'unknown'
        ? a.format
        : `${a.producer.name}${a.producer.version ? ` ${a.producer.version}` : ''}`;
    out.push('', `Headline: ${a.headline.display} (${a.headline.covered}/${a.headline.total}) \u2014 ${a.headline.rule}. Report: ${producer}.`);
    if (a.diff) {
        const d = a.diff;
        out.push(d.noCoverableLines
            ? 'Diff coverage: no coverable lines changed.'
            : `Diff coverage: ${fmtPct(d.lines)} (${d.lines.covered}/${d.lines.total} changed executable lines covered)${d.mergeBase ? ` since ${d.mergeBase.slice(0, 12)}` : ''}.`);
        for (const f of d.files)
            if (f.uncovered.length)
                out.push(`  ${f.path}: uncovered ${(0,_diff_coverage_js__WEBPACK_IMPORTED_MODULE_3__/* .lineRanges */ .n)(f.uncovered)}`);
    }
    if (a.unmapped.length) {
        out.push('', `Not mapped to a repository file (${a.unmapped.length}):`);
        for (const u of a.unmapped.slice(0, 20))
            out.push(`  ${u.path}: ${u.reason}`);
        if (a.unmapped.length > 20)
            out.push(`  ... ${a.unmapped.length - 20} more`);
    }
    if (a.warnings.length) {
        out.push('', 'Warnings:');
        for (const w of a.warnings.slice(0, 20))
            out.push(`  ${w}`);
    }
    return out.join('\n') + '\n';
}


/***/ })

};
