/**
 * One run for a monorepo where one run covers the packages: a package's eslint run is left out
 * when an ancestor's run (the same binary) reads a flat config (`eslint.config.*`) and no eslint
 * config sits in the package or between them; the same for prettier (config is resolved per file,
 * so only an ignore file of the package's own, which prettier reads from its working folder,
 * keeps its run); a tsconfig.json that `tsc -b` of another builds is not checked twice.
 * Tricky rule: a package whose tool resolves to another binary (its own pinned version) keeps its run.
 */
import { joinRel } from './paths.js';
import { TOOLS } from './tools.js';
import type { RepoFiles, ToolPlan } from './types.js';

const ESLINT = TOOLS.find((t) => t.name === 'eslint')!;
const FLAT = ESLINT.configs.filter((c) => c.startsWith('eslint.config.'));

const isBelow = (dir: string, ancestor: string) => ancestor === '.' || dir.startsWith(`${ancestor}/`);

/** The folders from just below `ancestor` down to `dir`, both repository-relative. */
function between(ancestor: string, dir: string): string[] {
  const out: string[] = [];
  for (let d = dir; d !== ancestor && d !== '.' && d !== ''; d = d.includes('/') ? d.slice(0, d.lastIndexOf('/')) : '.')
    out.push(d);
  return out;
}

function eslintConfigIn(dir: string, files: RepoFiles): boolean {
  if (ESLINT.configs.some((c) => files.exists(joinRel(dir, c)))) return true;
  const pkg = files.read(joinRel(dir, 'package.json'));
  return pkg !== undefined && /"eslintConfig"\s*:/.test(pkg);
}

/** Whether `q`'s run, from an ancestor folder, does what `p`'s run would. */
function covers(q: ToolPlan, p: ToolPlan, files: RepoFiles): boolean {
  if (q === p || q.tool !== p.tool || q.mode !== p.mode) return false;
  if (q.covers?.includes(p.dir)) return true; // tsc -b builds it
  if (q.dir === p.dir || !isBelow(p.dir, q.dir) || q.argv[0] !== p.argv[0] || q.files || p.files) return false;
  const path = between(q.dir, p.dir);
  if (p.tool === 'eslint' && p.mode === 'lint')
    return FLAT.some((c) => files.exists(joinRel(q.dir, c))) && !path.some((d) => eslintConfigIn(d, files));
  if (p.tool === 'prettier' && p.mode === 'format')
    return !path.some((d) => files.exists(joinRel(d, '.prettierignore')) || files.exists(joinRel(d, '.gitignore')));
  return false;
}

/** The plans without those another plan's run covers; each kept plan lists what it covers. */
export function dropCovered(plans: readonly ToolPlan[], files: RepoFiles): ToolPlan[] {
  const kept: ToolPlan[] = [];
  const by = new Map<ToolPlan, string[]>();
  for (const p of plans) {
    // The outermost covering run (itself not covered by another).
    const q = plans.find((c) => covers(c, p, files) && !plans.some((o) => covers(o, c, files)));
    if (q) by.set(q, [...(by.get(q) ?? []), p.dir]);
    else kept.push(p);
  }
  return kept.map((p) => {
    const extra = by.get(p);
    if (!extra) return p;
    return { ...p, covers: [...new Set([...(p.covers ?? []), ...extra])] };
  });
}
