import { describe, expect, it } from '@jest/globals';
import { parseConfig, sectionValues } from '@quality/config';
import {
  ConfigValueError,
  Inputs,
  InputError,
  configSource,
  envInputSource,
  layeredSource,
  mapInputSource,
  renamed,
} from '@quality/kit';

const cfg = parseConfig(
  'coverage:\n  min-coverage: 70\n  min-diff-coverage: 75\n  max-decrease: 1\n  path-map: [a=b]\n  metric: lines\n',
  '.github/quality.yml',
);
const config = configSource(sectionValues(cfg, 'coverage'));

describe('precedence: CLI flag > action input > config file > built-in default', () => {
  const flags = mapInputSource({ '--min-coverage': '90' });
  const env = envInputSource({ 'INPUT_MIN-COVERAGE': '80', 'INPUT_MIN-DIFF-COVERAGE': '85' });
  const inputs = new Inputs(
    layeredSource(
      renamed(flags, (n) => `--${n}`),
      env,
      config,
    ),
  );

  it('takes each value from the first layer that has it', () => {
    expect(inputs.number('min-coverage')).toBe(90); // flag
    expect(inputs.number('min-diff-coverage', { default: 80 })).toBe(85); // input
    expect(inputs.number('max-decrease', { default: 0 })).toBe(1); // config
    expect(inputs.number('min-file-coverage', { default: 50 })).toBe(50); // default
    expect(inputs.enum('metric', ['headline', 'lines'] as const, 'headline')).toBe('lines');
    expect(inputs.list('path-map')).toEqual(['a=b']);
  });

  it('an empty action input is "not set": the config value applies', () => {
    const i = new Inputs(envInputSource({ 'INPUT_MAX-DECREASE': '' })).withFallback(config);
    expect(i.number('max-decrease', { default: 0 })).toBe(1);
    expect(i.origin('max-decrease')).toEqual({ file: '.github/quality.yml', line: 4, key: 'coverage.max-decrease' });
    expect(new Inputs(envInputSource({ 'INPUT_MAX-DECREASE': '2' })).withFallback(config).origin('max-decrease')).toBe(
      undefined,
    );
  });

  it('a CLI flag falls back to the key of its name without the dashes', () => {
    const i = new Inputs(mapInputSource({})).withFallback(configSource(sectionValues(cfg, 'coverage'), '--'));
    expect(i.number('--min-coverage')).toBe(70);
    expect(i.number('min-coverage')).toBeUndefined();
  });
});

describe('errors name where the wrong value came from', () => {
  it('a config value the reader refuses names the file, line and key', () => {
    const c = parseConfig('matrix:\n  target-minutes: 5\n', 'quality.yml');
    const i = new Inputs(mapInputSource({})).withFallback(configSource(sectionValues(c, 'matrix')));
    const read = () => i.number('target-minutes', { min: 6, max: 600 });
    expect(read).toThrow(ConfigValueError);
    expect(read).toThrow('quality.yml:2: matrix.target-minutes: expected a number from 6 to 600, got "5".');
  });

  it('an input value keeps the input error (the CLI prints the usage after it)', () => {
    const i = new Inputs(mapInputSource({ 'min-coverage': 'x' })).withFallback(config);
    expect(() => i.number('min-coverage')).toThrow(InputError);
    expect(() => i.number('min-coverage')).toThrow(`Input 'min-coverage' has the value "x"`);
  });
});

describe('numberOrOff: an empty input is "not set", so off is how a rule is turned off', () => {
  it('off (any case) is no rule whatever the default; empty is the default; a number is the number', () => {
    const read = (v: string) =>
      new Inputs(mapInputSource({ r: v })).numberOrOff('r', { min: 0, max: 100, default: 80 });
    expect(read('off')).toBeUndefined();
    expect(read('OFF')).toBeUndefined();
    expect(read('')).toBe(80);
    expect(read('75')).toBe(75);
    expect(() => read('x')).toThrow(`Input 'r' has the value "x": expected a number from 0 to 100, or off.`);
  });

  it('off in the config file turns off a rule the input does not set', () => {
    const c = parseConfig('coverage:\n  min-diff-coverage: off\n', 'quality.yml');
    const i = new Inputs(envInputSource({ 'INPUT_MIN-DIFF-COVERAGE': '' })).withFallback(
      configSource(sectionValues(c, 'coverage')),
    );
    expect(i.numberOrOff('min-diff-coverage', { default: 80 })).toBeUndefined();
  });
});
