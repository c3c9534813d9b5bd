import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Server } from '../pin/helpers.js';
import { quality } from './run.js';

let server: Server;
let repo: string;
let v1 = '';
let v2 = '';

beforeAll(() => {
  server = new Server();
  const checkout = server.repo('actions', 'checkout');
  v1 = checkout.commit();
  checkout.tag('v1.0.0', v1);
  checkout.tag('v1', v1);
  v2 = checkout.commit();
  checkout.tag('v1.1.0', v2);
  repo = join(server.dir, 'repo');
  mkdirSync(join(repo, '.github/workflows'), { recursive: true });
});

afterAll(() => rmSync(server.dir, { recursive: true, force: true }));

const workflow = (ref: string) =>
  `name: CI  # kept\non: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${ref}\n`;

describe('quality pin and quality upgrade', () => {
  it('pins a tag to its SHA through the CLI, then upgrades within the major; --check changes nothing', async () => {
    const file = join(repo, '.github/workflows/ci.yml');
    writeFileSync(file, workflow('v1'));
    const env = { GITHUB_SERVER_URL: server.url };

    const check = await quality(['pin', '--check'], repo, env);
    expect(check.code).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(workflow('v1'));

    const pinned = await quality(['pin'], repo, env);
    expect(pinned.stderr).toBe('');
    expect(pinned.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(workflow(`${v1} # v1`));

    const up = await quality(['upgrade', '--json'], repo, env);
    expect(up.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(workflow(`${v2} # v1.1.0`));
    const result = JSON.parse(up.stdout) as { upgrades: { from: string; to: string }[] };
    expect(result.upgrades.map((u) => u.to)).toEqual(['v1.1.0']);
  });

  it('answers a bad server URL, a missing root and an unknown option with exit 2', async () => {
    expect((await quality(['pin', '--server-url', 'not a url'], repo, {})).code).toBe(2);
    expect((await quality(['pin', '--root', join(repo, 'nope')], repo, {})).stderr).toMatch(/does not exist/);
    const bad = await quality(['upgrade', '--bogus'], repo, {});
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bogus/);
  });
});
