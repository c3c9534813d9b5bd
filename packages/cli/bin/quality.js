#!/usr/bin/env node
// `npx quality` inside this repository (npm links workspace bins into node_modules/.bin).
// The root package's own bin points at the same bundle for installs from a tarball or git.
import '../../../dist/cli/index.js';
