export const id = 730;
export const ids = [730];
export const modules = {

/***/ 5730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   postCommentFromFile: () => (/* binding */ postCommentFromFile)
/* harmony export */ });
/* harmony import */ var _quality_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1116);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _adapters_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9558);
/**
 * The second half of the fork recipe. A pull request from a fork runs the gate with a
 * read-only token: it computes and enforces, and leaves the comment body in a file that the
 * workflow uploads as an artifact. A `workflow_run` workflow (which has `pull-requests: write`
 * and never checks out the pull request's code) downloads it and runs this action with
 * `comment-file`. The pull request is found from the API by the triggering run's head SHA and
 * head repository; nothing in the artifact decides which pull request is written to.
 */




const obj = (v) => (typeof v === 'object' && v !== null ? v : {});
async function postCommentFromFile(ctx, inputs) {
    if (!inputs.token)
        throw new _quality_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("Input 'token' is empty: posting the comment needs a token with pull-requests: write.");
    if (!ctx.repository)
        throw new _quality_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('GITHUB_REPOSITORY is not set: cannot tell which repository to comment on.');
    const run = obj(ctx.payload.workflow_run);
    const headSha = typeof run.head_sha === 'string' ? run.head_sha : '';
    if (!/^[0-9a-f]{40}$/.test(headSha))
        throw new _quality_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('This workflow_run event names no head commit: nothing to comment on.');
    if (run.event !== 'pull_request') {
        _quality_kit__WEBPACK_IMPORTED_MODULE_0__/* .log */ .Rm.info(`The triggering run was a ${String(run.event)} event, not a pull request: no comment to post.`);
        (0,_quality_kit__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH)('passed', 'true');
        return;
    }
    const headRepo = obj(run.head_repository);
    const { gh, client } = await (0,_adapters_js__WEBPACK_IMPORTED_MODULE_3__/* .github */ .M)(ctx, inputs.token);
    const pr = await gh.findPullRequestForCommit(client, {
        owner: ctx.repository.owner,
        repo: ctx.repository.repo,
        sha: headSha,
        headRepository: typeof headRepo.full_name === 'string' ? headRepo.full_name : undefined,
    });
    if (!pr) {
        _quality_kit__WEBPACK_IMPORTED_MODULE_0__/* .log */ .Rm.warning(`No open pull request has head commit ${headSha.slice(0, 12)}: the comment is not posted.`);
        return;
    }
    let body;
    try {
        body = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(ctx.workspace, inputs.commentFile), 'utf8');
    }
    catch (e) {
        throw new _quality_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input 'comment-file' (${inputs.commentFile}) cannot be read: ${e instanceof Error ? e.message : String(e)}. Download the artifact the pull request run uploaded first.`);
    }
    const marker = _quality_kit__WEBPACK_IMPORTED_MODULE_0__.md.marker(`coverage-gate:${inputs.commentId}`);
    // The body came from an untrusted run: keep our marker first so the sticky lookup stays ours,
    // and fit it to the limit. Markdown from the artifact renders as the pull request's own text.
    const clean = body.split(marker).join('');
    const r = await gh.upsertStickyComment(client, {
        owner: ctx.repository.owner,
        repo: ctx.repository.repo,
        issueNumber: pr,
        marker,
        body: (0,_quality_kit__WEBPACK_IMPORTED_MODULE_0__/* .fitComment */ .pI)(`${marker}\n${clean}`).text,
    });
    if (r.status === 'failed')
        _quality_kit__WEBPACK_IMPORTED_MODULE_0__/* .log */ .Rm.warning(`The pull request comment was not posted: ${r.error?.message ?? 'unknown error'}`);
    else
        _quality_kit__WEBPACK_IMPORTED_MODULE_0__/* .log */ .Rm.info(`Pull request #${pr} comment ${r.status}.`);
}


/***/ })

};
