#!/usr/bin/env node
// The `contact-plan` command. A committed shim, so npm links the bin even before the first build.
const path = require('node:path');

let cli;
try {
  cli = require(path.join(__dirname, '../dist/cli/main.js'));
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND') {
    console.error('contact-plan: the service is not built yet; run `npm run build` in the repository first');
    process.exit(1);
  }
  throw error;
}
cli.run(process.argv).then((code) => {
  process.exitCode = code;
});
