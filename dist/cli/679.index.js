export const id = 679;
export const ids = [679];
export const modules = {

/***/ 4679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PIPELINE: () => (/* binding */ PIPELINE),
/* harmony export */   TARGET: () => (/* binding */ TARGET),
/* harmony export */   TOOLKIT_REPOSITORY: () => (/* binding */ TOOLKIT_REPOSITORY),
/* harmony export */   initCommand: () => (/* binding */ initCommand),
/* harmony export */   starterWorkflow: () => (/* binding */ starterWorkflow),
/* harmony export */   templateId: () => (/* binding */ templateId)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7817);
/* harmony import */ var _quality_kit_git__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3137);
/* harmony import */ var _quality_kit_version__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8196);
/* harmony import */ var _quality_matrix__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4292);
/* harmony import */ var _quality_pin__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1173);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7109);
/**
 * `quality init`: write the starter workflow for the languages a repository has (the matrix
 * engine's detection) into its .github/workflows/quality.yml, calling the toolkit's reusable
 * pipeline pinned to this release: the major tag, or with --sha the release tag's commit and a
 * `# vX.Y.Z` comment. The committed .github/workflow-templates are `starterWorkflow`'s output
 * (tests/policy/templates.test.ts keeps them equal), so a template and `init` never drift.
 */








/** Where the toolkit lives on the server: `uses:` lines and `--sha` resolve against it. */
const TOOLKIT_REPOSITORY = 'OWNER/quality';
const PIPELINE = '.github/workflows/quality.yml';
/** The file `init` writes, relative to the repository top level. */
const TARGET = '.github/workflows/quality.yml';
/** The template of a language set: one language has its own, several share the polyglot one. */
function templateId(languages) {
    return languages.length === 1 ? `quality-${languages[0]}` : 'quality-polyglot';
}
const SAFE_SCALAR = /^[\w.$/-]+$/;
function starterWorkflow(o) {
    const langs = _quality_matrix__WEBPACK_IMPORTED_MODULE_4__/* .LANGUAGES */ .Yj.filter((l) => o.languages.includes(l));
    const all = langs.length === _quality_matrix__WEBPACK_IMPORTED_MODULE_4__/* .LANGUAGES */ .Yj.length;
    const names = langs.map((l) => _quality_matrix__WEBPACK_IMPORTED_MODULE_4__/* .LANGUAGE_NAMES */ .G2[l]).join(', ');
    const branch = SAFE_SCALAR.test(o.branch) ? o.branch : JSON.stringify(o.branch);
    const repository = o.repository ?? TOOLKIT_REPOSITORY;
    return [
        `# Lint, format, tests and the coverage gate for the ${all ? 'Node.js, Python and Go' : names} projects of`,
        `# this repository, by the quality toolkit's reusable pipeline. Make "quality / quality" the`,
        `# required status check. Inputs: https://github.com/${repository}#adopt-in-one-line`,
        'name: Quality',
        'on:',
        '  push:',
        `    branches: [${branch}]`,
        '  pull_request:',
        'permissions:',
        '  contents: read',
        'jobs:',
        '  quality:',
        `    uses: ${repository}/${PIPELINE}@${o.ref}${o.comment ? ` # ${o.comment}` : ''}`,
        '    permissions:',
        '      contents: read',
        '      pull-requests: write # the sticky coverage comment',
        ...(all ? [] : ['    with:', `      languages: ${langs.join(', ')}`]),
        '',
    ].join('\n');
}
const HELP = `Usage: quality init [options]

Write .github/workflows/quality.yml for the Node.js, Python and Go projects of the repository:
a starter workflow that calls the quality toolkit's reusable pipeline (matrix, lint, format,
tests, coverage gate and one required check named "quality"), pinned to this release.

Options:
  --lang LIST        node, python, go (comma separated) instead of the detected languages
  --ref REF          the tag to pin (default: v${_quality_kit_version__WEBPACK_IMPORTED_MODULE_7__/* .VERSION */ .x.split('.')[0]}, this release's major tag)
  --sha              pin the commit of this release's tag (v${_quality_kit_version__WEBPACK_IMPORTED_MODULE_7__/* .VERSION */ .x}) with a '# v${_quality_kit_version__WEBPACK_IMPORTED_MODULE_7__/* .VERSION */ .x}' comment,
                     resolved with git ls-remote on --server-url
  --server-url URL   the server the toolkit lives on (default: GITHUB_SERVER_URL, else
                     https://github.com; file:// works for local mirrors)
  --repository O/N   the toolkit's repository on the server (default ${TOOLKIT_REPOSITORY})
  --dir DIR          the repository (default: the current directory)
  --force            replace an existing .github/workflows/quality.yml
  --json             print what was written as JSON
  -h, --help         show this help

Exit codes: 0 written, 2 a usage or configuration error (no git repository, no project found,
the file exists without --force, a tag the server does not have).
`;
const OPTIONS = {
    lang: { type: 'string' },
    ref: { type: 'string' },
    sha: { type: 'boolean' },
    'server-url': { type: 'string' },
    repository: { type: 'string' },
    dir: { type: 'string' },
    force: { type: 'boolean' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
function parseLanguages(value) {
    const items = value.split(/[\s,]+/).filter(Boolean);
    const bad = items.find((x) => !_quality_matrix__WEBPACK_IMPORTED_MODULE_4__/* .LANGUAGES */ .Yj.includes(x));
    if (bad !== undefined || items.length === 0) {
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('--lang', value, `a comma-separated list of ${_quality_matrix__WEBPACK_IMPORTED_MODULE_4__/* .LANGUAGES */ .Yj.join(', ')}`);
    }
    return _quality_matrix__WEBPACK_IMPORTED_MODULE_4__/* .LANGUAGES */ .Yj.filter((l) => items.includes(l));
}
/** origin's default branch, else the checked-out branch, else main. */
async function defaultBranch(top) {
    const ref = async (name) => {
        const r = await (0,_quality_kit_git__WEBPACK_IMPORTED_MODULE_3__/* .runGit */ .EO)(top, ['symbolic-ref', '--quiet', '--short', name], { ok: 'any' });
        return r.code === 0 ? r.stdout.toString('utf8').trim() : '';
    };
    const origin = await ref('refs/remotes/origin/HEAD');
    if (origin.startsWith('origin/'))
        return origin.slice('origin/'.length);
    return (await ref('HEAD')) || 'main';
}
const initCommand = async (argv, io) => {
    const { values, inputs } = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .parse */ .qg)(argv, OPTIONS);
    if (values.help) {
        await io.stdout(HELP);
        return 0;
    }
    if (values.sha && values.ref !== undefined) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('--ref and --sha exclude each other: --sha pins the commit of this release (v' + _quality_kit_version__WEBPACK_IMPORTED_MODULE_7__/* .VERSION */ .x + ').');
    }
    const repository = values.repository ?? TOOLKIT_REPOSITORY;
    const slug = /^([\w.-]+)\/([\w.-]+)$/.exec(repository);
    if (!slug)
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('--repository', repository, 'OWNER/NAME');
    if (values.ref !== undefined &&
        (!/^[\w.-]+(?:\/[\w.-]+)*$/.test(values.ref) || /^[.-]|\.\.|\.lock$/.test(values.ref))) {
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('--ref', values.ref, 'a tag or branch name such as v1 or v1.2.0');
    }
    const dir = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .existingDir */ .Tc)(io.cwd, values.dir, '--dir');
    let top;
    try {
        top = await (0,_quality_kit_git__WEBPACK_IMPORTED_MODULE_3__/* .repoRoot */ .jv)(dir);
    }
    catch {
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${dir} is not inside a git repository: quality init writes ${TARGET} of a repository. Run git init there first (or give --dir DIR of a repository).`);
    }
    let languages;
    if (values.lang !== undefined)
        languages = parseLanguages(values.lang);
    else {
        const found = new Set((0,_quality_matrix__WEBPACK_IMPORTED_MODULE_4__/* .detectProjects */ .EB)((0,_quality_matrix__WEBPACK_IMPORTED_MODULE_4__/* .diskReader */ .lJ)(top)).map((p) => p.language));
        languages = _quality_matrix__WEBPACK_IMPORTED_MODULE_4__/* .LANGUAGES */ .Yj.filter((l) => found.has(l));
        if (languages.length === 0) {
            throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`No Node.js, Python or Go project found in ${top} (no package.json, pyproject.toml, setup.cfg, setup.py or go.mod outside test fixtures). Give the languages with --lang node,python,go.`);
        }
    }
    let ref = values.ref ?? `v${_quality_kit_version__WEBPACK_IMPORTED_MODULE_7__/* .VERSION */ .x.split('.')[0]}`;
    let comment;
    if (values.sha) {
        const tag = `v${_quality_kit_version__WEBPACK_IMPORTED_MODULE_7__/* .VERSION */ .x}`;
        const remotes = new _quality_pin__WEBPACK_IMPORTED_MODULE_5__/* .Remotes */ .ot(inputs.string('--server-url', io.env.GITHUB_SERVER_URL || 'https://github.com'));
        const refs = await remotes.refs(slug[1], slug[2]);
        const sha = refs.tags.get(tag);
        if (!sha) {
            throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${remotes.url(slug[1], slug[2])} has no tag ${tag}, the release this quality is: check --server-url and --repository, or pin a tag with --ref.`);
        }
        ref = sha;
        comment = tag;
    }
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(top, TARGET);
    const text = starterWorkflow({
        languages,
        ref,
        ...(comment ? { comment } : {}),
        branch: await defaultBranch(top),
        repository,
    });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), { recursive: true });
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, text, { flag: values.force ? 'w' : 'wx' });
    }
    catch (e) {
        if (e.code === 'EEXIST') {
            throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file} exists: quality init does not replace it. Move it away, or run again with --force to overwrite it.`);
        }
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Cannot write ${file}: ${e.message}`, { cause: e });
    }
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(io.cwd, file);
    const shown = rel && !rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel) ? rel : file;
    if (values.json) {
        await io.stdout(`${JSON.stringify({
            file,
            template: templateId(languages),
            languages,
            uses: `${repository}/${PIPELINE}@${ref}`,
            comment: comment ?? null,
        }, null, 2)}\n`);
    }
    else {
        await io.stdout(`Wrote ${shown} (${languages.map((l) => _quality_matrix__WEBPACK_IMPORTED_MODULE_4__/* .LANGUAGE_NAMES */ .G2[l]).join(', ')}): ${repository}/${PIPELINE}@${ref}${comment ? ` # ${comment}` : ''}.\n` +
            'Commit it, then make "quality / quality" the required status check of the default branch.\n');
    }
    return 0;
};


/***/ })

};
