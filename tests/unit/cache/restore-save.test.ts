/**
 * restoreEntry / saveEntry over a fake backend: every backend answer maps to one status and
 * words for the summary; nothing throws.
 */
import { describe, it, expect } from '@jest/globals';
import type { BackendResult, CacheBackend, CacheSaveStatus } from '@quality/kit';
import {
  decodeEntryState,
  restoreEntry,
  restoreSummary,
  saveEntry,
  saveSummary,
  type EntryState,
} from '../../../packages/cache/src/restore-save.js';

interface Fake extends CacheBackend {
  calls: string[];
}

function fake(
  opts: {
    available?: boolean;
    restore?: (key: string, lookupOnly: boolean) => BackendResult<string | undefined>;
    save?: () => BackendResult<CacheSaveStatus>;
  } = {},
): Fake {
  const calls: string[] = [];
  return {
    calls,
    mode: 'read-write',
    available: () => Promise.resolve(opts.available ?? true),
    restore: (_paths, key, restoreKeys, lookupOnly) => {
      calls.push(`${lookupOnly ? 'lookup' : 'restore'} ${key}${restoreKeys.length ? ` [${restoreKeys.join()}]` : ''}`);
      return Promise.resolve(opts.restore?.(key, lookupOnly) ?? { value: undefined, warnings: [] });
    },
    save: (_paths, key) => {
      calls.push(`save ${key}`);
      return Promise.resolve(opts.save?.() ?? { value: 'saved', warnings: [], sizeBytes: 2048 });
    },
  };
}

const entry = { manager: 'npm' as const, key: 'deps-npm-abc', restorePrefix: 'deps-npm-', paths: ['/s'] };
const state: EntryState = { manager: 'npm', key: 'deps-npm-abc', paths: ['/s'], matchedKey: '', hit: false };
const yes = { save: true, reason: 'save is auto: push on the default branch' };
const saveOpts = { decision: yes, pathExists: () => true };

describe('restoreEntry', () => {
  it('hit, partial hit (restore keys only when asked) and miss', async () => {
    const hit = fake({ restore: (key) => ({ value: key, warnings: [], sizeBytes: 10 }) });
    expect(await restoreEntry(entry, hit, { restoreKeys: false })).toMatchObject({
      status: 'hit',
      matchedKey: entry.key,
      sizeBytes: 10,
    });
    expect(hit.calls).toEqual(['restore deps-npm-abc']);
    const partial = fake({ restore: () => ({ value: 'deps-npm-old', warnings: [] }) });
    expect(await restoreEntry(entry, partial, { restoreKeys: true })).toMatchObject({
      status: 'partial',
      matchedKey: 'deps-npm-old',
    });
    expect(partial.calls).toEqual(['restore deps-npm-abc [deps-npm-]']);
    expect((await restoreEntry(entry, fake(), { restoreKeys: false })).status).toBe('miss');
  });

  it('a miss with a warning is a failure; a timeout says files may be partly restored', async () => {
    const failed = fake({ restore: () => ({ value: undefined, warnings: ['503', 'gave up'] }) });
    expect(await restoreEntry(entry, failed, { restoreKeys: false })).toMatchObject({
      status: 'failed',
      detail: '503 / gave up',
    });
    const slow = fake({ restore: () => ({ value: undefined, warnings: ['no answer within 2 s'], timedOut: true }) });
    expect(await restoreEntry(entry, slow, { restoreKeys: false })).toMatchObject({
      status: 'timeout',
      detail: 'no answer within 2 s (files may be partly restored)',
    });
  });

  it('no cache service: unavailable, and the backend is not called', async () => {
    const none = fake({ available: false });
    expect((await restoreEntry(entry, none, { restoreKeys: false })).status).toBe('unavailable');
    expect(none.calls).toEqual([]);
  });

  it('summarises each outcome', async () => {
    const o = await restoreEntry(entry, fake(), { restoreKeys: false });
    expect(restoreSummary([o])).toMatch(/\| npm \| miss \|/);
    expect(restoreSummary([])).toMatch(/No package manager found/);
  });
});

describe('saveEntry', () => {
  it('looks first, then saves', async () => {
    const b = fake();
    const o = await saveEntry(state, b, saveOpts);
    expect(o).toMatchObject({ status: 'saved', sizeBytes: 2048, detail: yes.reason });
    expect(b.calls).toEqual(['lookup deps-npm-abc', 'save deps-npm-abc']);
    expect(saveSummary([o])).toMatch(/\| npm \| saved: save is auto\\: push on the default branch \| 2\.0 KiB \|/);
  });

  it('skips without calling the backend: exact hit, a refusing decision, no store path', async () => {
    const b = fake();
    expect((await saveEntry({ ...state, hit: true }, b, saveOpts)).detail).toMatch(/exact hit/);
    const refused = await saveEntry(state, b, { ...saveOpts, decision: { save: false, reason: 'never saved x' } });
    expect(refused).toMatchObject({ status: 'skipped', detail: 'never saved x' });
    expect((await saveEntry(state, b, { ...saveOpts, pathExists: () => false })).detail).toMatch(/nothing to save/);
    expect(b.calls).toEqual([]);
  });

  it('a sibling saved the key: exists, not a failure', async () => {
    const before = fake({ restore: (key) => ({ value: key, warnings: [] }) });
    expect(await saveEntry(state, before, saveOpts)).toMatchObject({ status: 'exists' });
    expect(before.calls).toEqual(['lookup deps-npm-abc']);
    const meanwhile = fake({ save: () => ({ value: 'exists', warnings: [] }) });
    expect((await saveEntry(state, meanwhile, saveOpts)).status).toBe('exists');
    const reserved = fake({ save: () => ({ value: 'reserved', warnings: [] }) });
    expect(await saveEntry(state, reserved, saveOpts)).toMatchObject({
      status: 'exists',
      detail: expect.stringMatching(/reserved by another job/),
    });
  });

  it('failed and timed-out saves carry the reason', async () => {
    const denied = fake({ save: () => ({ value: 'failed', warnings: ['cache write denied'] }) });
    expect(await saveEntry(state, denied, saveOpts)).toMatchObject({ status: 'failed', detail: 'cache write denied' });
    const silent = fake({ save: () => ({ value: 'failed', warnings: [] }) });
    expect((await saveEntry(state, silent, saveOpts)).detail).toMatch(/did not accept/);
    const slow = fake({ save: () => ({ value: 'failed', warnings: ['no answer within 2 s'], timedOut: true }) });
    expect(await saveEntry(state, slow, saveOpts)).toMatchObject({ status: 'timeout', detail: 'no answer within 2 s' });
    const slowLookup = fake({
      restore: () => ({ value: undefined, warnings: ['no answer within 2 s'], timedOut: true }),
    });
    expect(await saveEntry(state, slowLookup, saveOpts)).toMatchObject({
      status: 'timeout',
      detail: 'lookup: no answer within 2 s',
    });
    expect(slowLookup.calls).toEqual(['lookup deps-npm-abc']);
  });

  it('no cache service: unavailable', async () => {
    expect((await saveEntry(state, fake({ available: false }), saveOpts)).status).toBe('unavailable');
  });
});

describe('the state main hands to post', () => {
  it('reads back what main writes, and nothing else', () => {
    const entries = [{ manager: 'npm', key: 'k', paths: ['/p'], matchedKey: '', hit: false }];
    expect(decodeEntryState(JSON.stringify(entries))).toEqual(entries);
    for (const bad of [
      '',
      '{',
      'null',
      '{}',
      '[1]',
      '[{"manager":"npm"}]',
      '[{"manager":"npm","key":"k","paths":[1],"matchedKey":"","hit":false}]',
    ])
      expect(decodeEntryState(bad)).toBeUndefined();
  });
});
