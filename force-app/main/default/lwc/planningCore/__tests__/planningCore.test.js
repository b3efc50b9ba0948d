// The committed bundles (planningCore, planRecordReader) must equal a fresh build of planning-core and plan-reader,
// or the browser would read and judge differently from the sync.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const script = path.resolve(__dirname, '../../../../../../scripts/build-planning-core-lwc.js');

describe('the generated bundles', () => {
  it('are up to date with planning-core/src and plan-reader/src', () => {
    const run = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
