import { describe, it, expect } from '@jest/globals';
import { findSecrets, scan, type ScanEntry } from '@quality/guard';
import { planFindingAnnotations, renderFindingsSummary } from '@quality/kit/findings';
import { generateCorpus, SUPPORTED_KINDS } from '../../fixtures/guard/generate.mjs';

const SEEDS = [1, 2, 3, 4, 5];

describe('secrets corpus', () => {
  it.each(SEEDS)('finds every planted credential of every supported kind (seed %i)', (seed) => {
    const { positives } = generateCorpus(seed, 8);
    expect(new Set(positives.map((p) => p.kind))).toEqual(new Set(SUPPORTED_KINDS));
    const missed: string[] = [];
    for (const p of positives) {
      const found = findSecrets(p.path, p.text);
      const hit = found.find((f) => f.rule === `secret/${p.kind}` && f.secret === p.secret);
      if (!hit) missed.push(`${p.kind} in ${p.path}: got ${found.map((f) => f.rule).join(', ') || 'nothing'}`);
      // One credential, one finding.
      else expect(found).toHaveLength(1);
    }
    expect(missed).toEqual([]);
  });

  it.each(SEEDS)('reports nothing on the decoys (seed %i)', (seed) => {
    const { decoys } = generateCorpus(seed, 1);
    const reported = decoys.flatMap((d) =>
      findSecrets(d.path, d.text).map((f) => `${d.path}:${f.line} ${f.rule} ${f.redacted}`),
    );
    expect(reported).toEqual([]);
  });

  it('never prints a planted secret: messages, JSON, annotations and the summary hold only the redacted form', () => {
    const { positives } = generateCorpus(7, 4);
    const entries: ScanEntry[] = positives.map((p) => ({
      path: p.path,
      read: () => Buffer.from(p.text),
      mode: p.text.startsWith('#!') ? 0o100755 : 0o100644,
      size: p.text.length,
    }));
    const { findings } = scan(entries);
    const secrets = findings.filter((f) => f.rule.startsWith('secret/'));
    expect(secrets).toHaveLength(positives.length);
    const plan = planFindingAnnotations(findings);
    const printed = [
      JSON.stringify(
        findings.map(({ tool, rule, severity, path, line, message, fix, redacted }) => ({
          tool,
          rule,
          severity,
          path,
          line,
          message,
          fix,
          redacted,
        })),
      ),
      ...plan.shown.map((s) => `${s.annotation.title} ${s.annotation.message}`),
      renderFindingsSummary(findings, { plan }),
    ].join('\n');
    for (const p of positives) {
      // No 12-character window of a secret (the redacted form shows its first 4) appears anywhere.
      const s = p.secret.replace(/-----(?:BEGIN|END) [A-Z ]+-----/g, '').replace(/\s+/g, '');
      for (let i = 0; i + 12 <= s.length; i += 6) expect(printed).not.toContain(s.slice(i, i + 12));
    }
    for (const f of secrets) {
      expect(f.message).toContain(`${f.secret!.slice(0, 4)}… (${f.secret!.length} characters)`);
      expect(printed).toContain(f.redacted!);
    }
  });
});
