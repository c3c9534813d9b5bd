export const id = 537;
export const ids = [537];
export const modules = {

/***/ 1537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  toCobertura: () => (/* reexport */ toCobertura)
});

// UNUSED EXPORTS: toLcov

;// CONCATENATED MODULE: ./packages/coverage/src/serialize/cobertura.ts
const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const SPECIAL = /[&<>"\t\n\r]/g;
const ENTITY = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    '\t': '&#9;',
    '\n': '&#10;',
    '\r': '&#13;',
};
/** Escape for an attribute value in double quotes (also fine for text). */
function escapeXml(s) {
    return s.replace(INVALID, '\ufffd').replace(SPECIAL, (c) => ENTITY[c]);
}
function rate(c) {
    return c.total === 0 ? '1' : String(c.covered / c.total);
}
function pct(c) {
    if (c.total === 0)
        return 100;
    // exact beyond 2^53 / 100 too (count-only branch totals go up to 2^53-1)
    return c.covered * 100 <= Number.MAX_SAFE_INTEGER
        ? Math.floor((c.covered * 100) / c.total)
        : Number((BigInt(c.covered) * 100n) / BigInt(c.total));
}
/** Lines and branches as they will be written (branch-only lines included). */
function countsOf(f, withBranches) {
    const lines = f.lines.counter();
    const branches = { covered: 0, total: 0 };
    const dropped = { covered: 0, total: 0 };
    if (withBranches)
        for (const [line, covered, total] of f.branches.lineCounts()) {
            const c = f.lines.has(line) ? branches : dropped;
            c.total += total;
            c.covered += covered;
        }
    return { lines, branches, dropped };
}
const add = (a, b) => {
    a.covered += b.covered;
    a.total += b.total;
};
function dirOf(path) {
    const i = path.lastIndexOf('/');
    return i === -1 ? '' : path.slice(0, i);
}
/** Serialize as Cobertura XML, calling `write` with pieces (up to ~64 KB) so callers can stream. */
function writeCobertura(report, write, options = {}) {
    const withBranches = report.metrics.has('branches');
    const withFunctions = report.metrics.has('functions');
    const packages = new Map();
    const counts = new Map();
    const total = { lines: { covered: 0, total: 0 }, branches: { covered: 0, total: 0 } };
    const dropped = { covered: 0, total: 0 };
    for (const f of report.files.values()) {
        if (f.summaryOnly)
            continue;
        const c = countsOf(f, withBranches);
        counts.set(f, c);
        const dir = dirOf(f.path);
        let p = packages.get(dir);
        if (!p)
            packages.set(dir, (p = { files: [], lines: { covered: 0, total: 0 }, branches: { covered: 0, total: 0 } }));
        p.files.push(f);
        add(p.lines, c.lines);
        add(p.branches, c.branches);
        add(total.lines, c.lines);
        add(total.branches, c.branches);
        add(dropped, c.dropped);
    }
    if (dropped.total > 0)
        options.onDroppedBranches?.(dropped);
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    let out = '<?xml version="1.0" ?>\n' +
        '<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">\n' +
        `<coverage line-rate="${rate(total.lines)}" branch-rate="${rate(total.branches)}" lines-covered="${total.lines.covered}" lines-valid="${total.lines.total}" ` +
        `branches-covered="${total.branches.covered}" branches-valid="${total.branches.total}" complexity="0" timestamp="${timestamp}" version="${escapeXml(options.version ?? 'quality')}">\n` +
        '  <sources>\n';
    for (const s of options.sources ?? report.sourceRoots)
        out += `    <source>${escapeXml(s)}</source>\n`;
    out += '  </sources>\n  <packages>\n';
    const flush = () => {
        if (out.length > 65536) {
            write(out);
            out = '';
        }
    };
    for (const [dir, p] of packages) {
        out += `    <package name="${escapeXml(dir.replace(/\//g, '.'))}" line-rate="${rate(p.lines)}" branch-rate="${rate(p.branches)}" complexity="0">\n      <classes>\n`;
        for (const f of p.files) {
            const c = counts.get(f);
            const base = f.path.slice(f.path.lastIndexOf('/') + 1);
            out += `        <class name="${escapeXml(base)}" filename="${escapeXml(f.path)}" line-rate="${rate(c.lines)}" branch-rate="${rate(c.branches)}" complexity="0">\n`;
            if (withFunctions && f.functions.size > 0) {
                out += '          <methods>\n';
                for (const fn of f.functions.values()) {
                    out += `            <method name="${escapeXml(fn.name)}" signature="" hits="${fn.hits}" line-rate="${fn.hits > 0 ? 1 : 0}" branch-rate="1" complexity="0"><lines><line number="${fn.line}" hits="${fn.hits}"/></lines></method>\n`;
                    flush();
                }
                out += '          </methods>\n';
            }
            else {
                out += '          <methods/>\n';
            }
            out += '          <lines>\n';
            const line = (n, hits) => {
                const bc = withBranches ? f.branches.counts(n) : undefined;
                if (bc && bc.total > 0) {
                    out += `            <line number="${n}" hits="${hits}" branch="true" condition-coverage="${pct(bc)}% (${bc.covered}/${bc.total})"/>\n`;
                }
                else {
                    out += `            <line number="${n}" hits="${hits}" branch="false"/>\n`;
                }
                flush();
            };
            for (const [n, hits] of f.lines.entries())
                line(n, hits);
            out += '          </lines>\n        </class>\n';
        }
        out += '      </classes>\n    </package>\n';
    }
    out += '  </packages>\n</coverage>\n';
    write(out);
}
function toCobertura(report, options = {}) {
    const parts = [];
    writeCobertura(report, (t) => parts.push(t), options);
    return parts.join('');
}

;// CONCATENATED MODULE: ./packages/coverage/src/serialize/index.ts
/** The writers of other formats, for an entry that loads them on demand (`@quality/coverage/serialize`). */




/***/ })

};
