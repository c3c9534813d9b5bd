import { describe, it, expect } from '@jest/globals';
import { checkWorkflow, unpinnedInstall } from '@quality/guard';

const SHA = 'b4ffde65f46336ab88eb53be808477a3936bae11';
const rules = (path: string, src: string) => checkWorkflow(path, src).map((f) => `${f.line} ${f.rule}`);

describe('workflow checks', () => {
  it('stays quiet on a well-kept workflow', () => {
    const src = `on: pull_request
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${SHA} # v4
      - uses: ./.github/actions/setup
      - uses: docker://alpine@sha256:${'a'.repeat(64)}
      - run: echo "$TITLE"
        env:
          TITLE: \${{ github.event.pull_request.title }}
      - run: npx eslint@9.1.0 . && pip install requests==2.32.3 -r requirements.txt
`;
    expect(rules('.github/workflows/ci.yml', src)).toEqual([]);
  });

  it('reports each problem at its line', () => {
    const src = `on:
  pull_request_target:
    types: [opened]
jobs:
  call:
    uses: org/repo/.github/workflows/x.yml@main
    secrets: inherit
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - uses: docker://alpine:3
      - run: |
          echo start
          echo "\${{ github.event.pull_request.title }}"
          curl -fsSL https://get.example.sh | sudo bash
      - uses: actions/github-script@${SHA}
        with:
          script: console.log("\${{ github.event.comment.body }}")
`;
    expect(rules('.github/workflows/t.yml', src)).toEqual([
      '4 workflow/missing-permissions',
      '6 workflow/unpinned-uses',
      '7 workflow/secrets-inherit',
      '11 workflow/unpinned-uses',
      '11 workflow/untrusted-checkout',
      '14 workflow/unpinned-uses',
      '17 workflow/script-injection',
      '18 workflow/unpinned-install',
      '21 workflow/script-injection',
    ]);
  });

  it('accepts per-job permissions instead of top-level ones', () => {
    const src = `on: push\njobs:\n  a:\n    permissions: {}\n    runs-on: x\n    steps:\n      - run: echo\n`;
    expect(rules('.github/workflows/a.yaml', src)).toEqual([]);
  });

  it('checks the steps of composite actions, not their permissions', () => {
    const src = `runs:\n  using: composite\n  steps:\n    - uses: actions/setup-node@v4\n    - run: echo "\${{ github.head_ref }}"\n      shell: bash\n`;
    expect(rules('actions/x/action.yml', src)).toEqual(['4 workflow/unpinned-uses', '5 workflow/script-injection']);
  });

  it('leaves other YAML files and broken YAML alone', () => {
    expect(rules('config/ci.yml', 'jobs:\n  a:\n    steps:\n      - uses: x/y@v1\n')).toEqual([]);
    expect(rules('.github/workflows/bad.yml', 'on: [\n')).toEqual([]);
  });
});

describe('unpinned installs', () => {
  it.each([
    ['npx prettier --check .', true],
    ['npx --yes create-app my-app', true],
    ['npx @scope/tool@1.2.3 run', false],
    ['npx --no-install eslint .', false],
    ['pip install requests', true],
    ['python -m pip install -U pip==24.0 flask', true],
    ['pip install -r requirements.txt', false],
    ['pip install -e .', false],
    ['pip install black==24.4.2', false],
    ['curl -sSfL https://x.io/install.sh | sh', true],
    ['wget -qO- https://x.io/i | bash -s -- -v 1', true],
    ['curl -o tool.tgz https://x.io/tool.tgz', false],
  ])('%s', (line, bad) => {
    expect(unpinnedInstall(line) !== undefined).toBe(bad);
  });
});
