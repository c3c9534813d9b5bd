export const id = 256;
export const ids = [256];
export const modules = {

/***/ 3256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readEvent: () => (/* binding */ readEvent)
/* harmony export */ });
/* unused harmony exports ZERO_SHA, SAVE_POLICIES, decideWrite */
const ZERO_SHA = '0000000000000000000000000000000000000000';
const PULL_REQUEST_EVENTS = [
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment',
];
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const obj = (v) => (isObj(v) ? v : {});
const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
const isZero = (sha) => sha !== undefined && /^0+$/.test(sha);
const branchOf = (ref) => ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) || undefined : undefined;
const posInt = (v) => typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : undefined;
/** Read the event of this run. Never throws: an unreadable payload gives `payloadValid: false`. */
function readEvent(ctx) {
    const name = ctx.eventName;
    const p = isObj(ctx.payload) ? ctx.payload : {};
    const repo = obj(p['repository']);
    const defaultBranch = str(repo['default_branch']);
    const headSha = ctx.sha;
    const untrusted = (why) => ({ canWrite: false, scopedWrite: false, writeNote: why });
    const common = { name, headSha, defaultBranch, fork: false, newBranch: false, tag: false };
    if (PULL_REQUEST_EVENTS.includes(name)) {
        const pr = p['pull_request'];
        const base = obj(obj(pr)['base']);
        const head = obj(obj(pr)['head']);
        const valid = isObj(pr) && isObj(pr['base']) && isObj(pr['head']);
        const headRepo = obj(head['repo']);
        const baseRepo = obj(base['repo']);
        const headName = str(headRepo['full_name']);
        const fork = headRepo['fork'] === true || (headName !== undefined && headName !== str(baseRepo['full_name']));
        const baseSha = str(base['sha']);
        const sameRepoPr = valid && name === 'pull_request' && !fork && headName !== undefined;
        return {
            ...common,
            kind: 'pull_request',
            baseSha,
            baseBranch: str(base['ref']),
            headSha: str(head['sha']) ?? headSha,
            prNumber: posInt(obj(pr)['number']) ?? posInt(p['number']),
            fork,
            payloadValid: valid,
            canWrite: false,
            scopedWrite: sameRepoPr,
            writeNote: !valid
                ? `the ${name} event payload has no pull request: shared state is never written from it`
                : fork
                    ? 'pull requests from forks never write shared state'
                    : `${name} events never write shared state (only push, schedule and workflow_dispatch on the default branch do)`,
            ...(baseSha ? {} : { baseNote: 'the event payload names no base commit of the pull request' }),
        };
    }
    if (name === 'merge_group') {
        const mg = p['merge_group'];
        const valid = isObj(mg);
        const baseSha = str(obj(mg)['base_sha']);
        return {
            ...common,
            kind: 'merge_group',
            baseSha: isZero(baseSha) ? undefined : baseSha,
            baseBranch: branchOf(str(obj(mg)['base_ref'])),
            headSha: str(obj(mg)['head_sha']) ?? headSha,
            payloadValid: valid,
            canWrite: false,
            scopedWrite: valid,
            writeNote: valid
                ? 'merge queue runs never write shared state (only push, schedule and workflow_dispatch on the default branch do)'
                : 'the merge_group event payload has no merge group: shared state is never written from it',
            ...(baseSha && !isZero(baseSha) ? {} : { baseNote: 'the merge group payload names no base commit' }),
        };
    }
    if (name === 'push') {
        const ref = str(p['ref']);
        const before = str(p['before']);
        const after = str(p['after']);
        // `before`/`after` only give the base; a push payload without `ref` is not a push payload.
        const valid = ref !== undefined;
        const tag = (ref ?? ctx.ref).startsWith('refs/tags/');
        const branch = branchOf(ref ?? ctx.ref);
        const newBranch = valid && isZero(before);
        const deleted = isZero(after);
        const onDefault = branch !== undefined && branch === defaultBranch;
        const why = !valid
            ? 'the push event payload is missing or incomplete: shared state is never written from it'
            : tag
                ? 'tag pushes never write shared state'
                : deleted
                    ? 'a branch deletion writes nothing'
                    : defaultBranch === undefined
                        ? 'the push event payload does not name the default branch: shared state is not written'
                        : onDefault
                            ? ''
                            : `shared state is written only from the default branch (${defaultBranch}), not ${branch ?? ref ?? ctx.ref}`;
        const canWrite = why === '';
        return {
            ...common,
            kind: 'push',
            baseSha: before && !isZero(before) ? before : undefined,
            baseBranch: branch,
            headSha: after && !deleted ? after : headSha,
            newBranch,
            tag,
            payloadValid: valid,
            canWrite,
            scopedWrite: canWrite || (valid && !tag && !deleted && branch !== undefined),
            writeNote: why,
            ...(before && !isZero(before)
                ? {}
                : {
                    baseNote: newBranch ? 'a new branch: its push has no previous commit' : 'the push payload has no `before`',
                }),
        };
    }
    const tag = ctx.ref.startsWith('refs/tags/') || p['ref_type'] === 'tag';
    const other = { ...common, kind: 'other', tag };
    if (name === 'schedule' || name === 'workflow_dispatch') {
        const branch = branchOf(ctx.ref || (name === 'workflow_dispatch' ? str(p['ref']) : undefined));
        const valid = name === 'schedule' ? typeof p['schedule'] === 'string' : isObj(p['repository']);
        // The decision for an old schedule payload without `repository`: see the module header.
        const scheduleOnDefault = name === 'schedule' && valid && !isObj(p['repository']) && branch !== undefined;
        const def = scheduleOnDefault ? branch : defaultBranch;
        const why = !valid
            ? `the ${name} event payload is missing or not the event's shape: shared state is never written from it`
            : tag || branch === undefined
                ? `shared state is never written from a tag or a ref that is not a branch (${ctx.ref || 'none'})`
                : def === undefined
                    ? `the ${name} event payload does not name the default branch: shared state is not written`
                    : branch === def
                        ? ''
                        : `shared state is written only from the default branch (${def}), not ${branch}`;
        return {
            ...other,
            baseBranch: branch,
            defaultBranch: def,
            payloadValid: valid,
            canWrite: why === '',
            scopedWrite: why === '' || (valid && !tag && branch !== undefined),
            writeNote: why,
        };
    }
    const valid = Object.keys(p).length > 0;
    return {
        ...other,
        baseBranch: branchOf(ctx.ref),
        payloadValid: valid,
        ...untrusted(name === ''
            ? 'no event name (GITHUB_EVENT_NAME is not set): shared state is never written'
            : `${name} events never write shared state (only push, schedule and workflow_dispatch on the default branch do)`),
    };
}
const SAVE_POLICIES = (/* unused pure expression or super */ null && (['auto', 'always', 'never']));
/**
 * What a save policy writes on this event: `auto` what the trust rule allows, `always` also
 * state scoped to this run's ref (`scopedWrite`), `never` nothing. No policy makes an
 * untrusted event write.
 */
function decideWrite(policy, ev) {
    if (policy === 'never')
        return { write: false, reason: 'save is never' };
    if (ev.canWrite)
        return { write: true, reason: `save is ${policy}: ${ev.name} on the default branch` };
    if (policy === 'always' && ev.scopedWrite) {
        return { write: true, reason: `save is always: ${ev.name || 'this'} event, entry scoped to this ref` };
    }
    return { write: false, reason: `save is ${policy}: ${ev.writeNote}` };
}


/***/ })

};
