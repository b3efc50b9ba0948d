// The committed bundle must equal a fresh build of planning-core, or the browser would judge differently from the sync.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const script = path.resolve(__dirname, '../../../../../../scripts/build-planning-core-lwc.js');

describe('planningCore bundle', () => {
  it('is up to date with planning-core/src', () => {
    const run = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
