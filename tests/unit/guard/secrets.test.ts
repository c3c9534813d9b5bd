import { describe, it, expect } from '@jest/globals';
import { entropy, findSecrets, isPlaceholder, redact } from '@quality/guard';
import { TRIGGERS_SOURCE } from '../../../packages/guard/src/scan.js';
import { unquote as unquotePath } from '@quality/kit/git';

describe('secret detectors', () => {
  it('redacts to the first 4 characters and the length', () => {
    expect(redact('ghp_abcdefgh')).toBe('ghp_… (12 characters)');
  });

  it('reports line and column of the secret, and keeps the fingerprint when the line moves', () => {
    const key = `AKIA${'QWERTYUIOPASDFGH'}`;
    const [a] = findSecrets('x.txt', `one\n  id=${key}\n`);
    expect(a).toMatchObject({ rule: 'secret/aws-access-key-id', line: 2, column: 6, severity: 'error', secret: key });
    const [b] = findSecrets('x.txt', `\n\n\none\n  id=${key}\n`);
    expect(b!.fingerprint).toBe(a!.fingerprint);
    expect(findSecrets('y.txt', `id=${key}`)[0]!.fingerprint).not.toBe(a!.fingerprint);
  });

  it('needs a JWT header that decodes to JSON with an alg', () => {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const sig = 'dGhpc2lzYXNpZ25hdHVyZXRoYXRpc2xvbmc';
    expect(findSecrets('a', `${enc({ alg: 'HS256' })}.${enc({ sub: 'abcdefgh' })}.${sig}`)).toHaveLength(1);
    expect(findSecrets('a', `${enc({ typ: 'JWT' })}.${enc({ sub: 'abcdefgh' })}.${sig}`)).toEqual([]);
  });

  it('reports keyword entropy only for random-looking values', () => {
    expect(findSecrets('c.py', 'api_key = "q8Xv2LmN9pR4tZ7wK1sD3fG6"')).toMatchObject([
      { rule: 'secret/generic-secret' },
    ]);
    expect(findSecrets('c.py', 'api_key = "q8Xv2LmN9pR4tZ7wK1sD3fG6"', { entropy: false })).toEqual([]);
    expect(findSecrets('c.py', 'name = "q8Xv2LmN9pR4tZ7wK1sD3fG6"')).toEqual([]);
    expect(findSecrets('c.py', 'password = "aaaaaaaaaaaaaaaa1111"')).toEqual([]);
    expect(findSecrets('yarn.lock', 'token "q8Xv2LmN9pR4tZ7wK1sD3fG6"')).toEqual([]);
  });

  it('finds a keyword in any case, camelCase included: the quick pre-check is not case-sensitive', () => {
    for (const name of ['dbPassWord', 'DBPASSWORD', 'apiKEY', 'myToKen', 'AccessKey'])
      expect([name, findSecrets('a.js', `const ${name} = "k8Hq2mZ9xR4vL7nP3tW6aQ";`).map((f) => f.rule)]).toEqual([
        name,
        ['secret/generic-secret'],
      ]);
    // The whole-repository scan's own pre-check (TRIGGERS_SOURCE) lets such a file through too.
    expect(new RegExp(TRIGGERS_SOURCE).test('const dbPassWord = "x";')).toBe(true);
    expect(new RegExp(TRIGGERS_SOURCE).test('const x = 1;')).toBe(false);
  });

  it('knows placeholders and measures entropy', () => {
    expect(isPlaceholder('AKIAIOSFODNN7EXAMPLE')).toBe(true);
    expect(isPlaceholder('ghp_000000000000000000000000000000000000')).toBe(true);
    expect(isPlaceholder('q8Xv2LmN9pR4tZ7wK1sD3fG6')).toBe(false);
    expect(entropy('aaaa')).toBe(0);
    expect(entropy('abcd')).toBe(2);
  });

  it('stays linear on adversarial input', () => {
    const evil = [
      'eyJ' + 'a'.repeat(200_000),
      'postgres://' + 'a'.repeat(200_000),
      'secret=' + 'x'.repeat(200_000),
      '-----BEGIN PRIVATE KEY-----'.repeat(5000),
    ].join('\n');
    const t = Date.now();
    findSecrets('evil.txt', evil);
    expect(Date.now() - t).toBeLessThan(2000);
  });
});

describe('unquotePath (git log -p file names)', () => {
  it("reads git's C-quoted names: escapes and octal UTF-8 bytes; a plain name as it is", () => {
    expect(unquotePath('"a\\tb \\"q\\".env"')).toBe('a\tb "q".env');
    expect(unquotePath('"\\303\\251t\\303\\251.env"')).toBe('été.env');
    expect(unquotePath('b/plain name.env')).toBe('b/plain name.env');
  });
});
