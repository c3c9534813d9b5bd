import { describe, it, expect } from '@jest/globals';
import { Inputs, envInputSource, mapInputSource, InputError, ConfigurationError } from '@quality/kit';

const inputs = (v: Record<string, string>) => new Inputs(mapInputSource(v));

describe('Inputs', () => {
  it('reads INPUT_ variables the way the runner names them', () => {
    const i = new Inputs(envInputSource({ 'INPUT_MIN-COVERAGE': ' 80 ', INPUT_WORKING_DIRECTORY: 'app' }));
    expect(i.number('min-coverage')).toBe(80);
    expect(i.optional('working directory')).toBe('app');
    expect(i.optional('missing')).toBeUndefined();
  });

  it('treats an empty string as absent and names a missing required input', () => {
    expect(inputs({ token: '' }).optional('token')).toBeUndefined();
    expect(() => inputs({}).required('token')).toThrow(/Input 'token'.*required/);
  });

  it.each([
    ['-1', /from 0 to 100/],
    ['101', /from 0 to 100/],
    ['abc', /"abc".*a number from 0 to 100/],
    ['50%', /without the % sign \(write 50\)/],
    ['1e3', /a number/],
    ['', null],
  ])('number %j', (raw, err) => {
    const read = () => inputs({ t: raw }).number('t', { min: 0, max: 100 });
    if (err) {
      expect(read).toThrow(InputError);
      expect(read).toThrow(err);
    } else expect(read()).toBeUndefined();
  });

  it('accepts numbers at the bounds and decimals, and rejects decimals for integers', () => {
    expect(inputs({ t: '0' }).number('t', { min: 0, max: 100 })).toBe(0);
    expect(inputs({ t: '100' }).number('t', { min: 0, max: 100 })).toBe(100);
    expect(inputs({ t: '87.5' }).number('t', { min: 0, max: 100 })).toBe(87.5);
    expect(inputs({}).number('t', { default: 80 })).toBe(80);
    expect(() => inputs({ t: '2.5' }).number('t', { integer: true, min: 1 })).toThrow(/whole number of at least 1/);
  });

  it('lists the allowed values of an enum in the error', () => {
    expect(inputs({ m: 'Lines' }).enum('m', ['lines', 'branches'] as const)).toBe('lines');
    expect(() => inputs({ m: 'stmts' }).enum('m', ['lines', 'branches'] as const)).toThrow(
      "Input 'm' has the value \"stmts\": expected one of 'lines', 'branches'.",
    );
    expect(inputs({}).enum('m', ['a', 'b'] as const, 'b')).toBe('b');
  });

  it('reads YAML 1.2 booleans only', () => {
    for (const t of ['true', 'True', 'TRUE']) expect(inputs({ b: t }).boolean('b', false)).toBe(true);
    for (const f of ['false', 'False', 'FALSE']) expect(inputs({ b: f }).boolean('b', true)).toBe(false);
    for (const bad of ['yes', 'on', '1', 'tru'])
      expect(() => inputs({ b: bad }).boolean('b', true)).toThrow(/YAML 1.2 boolean/);
    expect(inputs({}).boolean('b', true)).toBe(true);
  });

  it('reads lists from lines or commas, and globs from lines only', () => {
    expect(inputs({ l: 'a\n\n# comment\n b \n' }).list('l')).toEqual(['a', 'b']);
    expect(inputs({ l: 'ubuntu-latest, windows-latest' }).list('l')).toEqual(['ubuntu-latest', 'windows-latest']);
    expect(inputs({ g: 'coverage/{a,b}.info\n!**/vendor/**' }).globs('g')).toEqual([
      'coverage/{a,b}.info',
      '!**/vendor/**',
    ]);
    expect(() => inputs({ g: '!' }).globs('g')).toThrow(ConfigurationError);
  });

  it('parses JSON and reports where it is broken', () => {
    expect(inputs({ j: '{"a":[1]}' }).json('j')).toEqual({ a: [1] });
    expect(() => inputs({ j: '{"a":' }).json('j')).toThrow(/Input 'j'.*valid JSON/);
  });

  it('shortens a huge received value in the message', () => {
    try {
      inputs({ t: 'x'.repeat(5000) }).number('t');
      throw new Error('no error');
    } catch (e) {
      expect((e as Error).message.length).toBeLessThan(400);
    }
  });
});
