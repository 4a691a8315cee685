#!/usr/bin/env node
// The installed command: runs the compiled CLI (npm run build writes dist/).
require('../dist/cli/index.js').main(process.argv);
