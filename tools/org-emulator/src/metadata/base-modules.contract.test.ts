import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { LIGHTNING_MODULES } from './base-modules';

// The deploy's list of lightning modules is the one Salesforce's own LWC test runner stubs: when the package moves,
// this fails and names what changed.
test('the lightning modules a deploy accepts are the ones @salesforce/sfdx-lwc-jest stubs', () => {
  const require = createRequire(__filename);
  const stubs = path.join(
    path.dirname(require.resolve('@salesforce/sfdx-lwc-jest/package.json')),
    'src/lightning-stubs',
  );
  const stubbed = fs.readdirSync(stubs).filter((name) => fs.statSync(path.join(stubs, name)).isDirectory());
  expect([...LIGHTNING_MODULES].sort()).toEqual(stubbed.sort());
  expect(LIGHTNING_MODULES.has('combobox')).toBe(true);
  expect(LIGHTNING_MODULES.has('select')).toBe(false);
});
