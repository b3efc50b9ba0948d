// Times the synthetic-org generator and reports its peak memory.
// Usage: npx tsc -b && node bench/datasets.js [demo|m|l] [full|stream]
//   full   = generateDataset (everything in memory at once, as a simple consumer loads it)
//   stream = generateDatasetChunks, counting and dropping each chunk (as a streaming loader would)
// Without a mode, runs each mode in its own process so their peak RSS figures do not mix.
'use strict';
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const name = process.argv[2] ?? 'l';
const mode = process.argv[3];

function loadGenerator() {
  const dist = path.join(__dirname, '..', 'tools', 'org-emulator', 'dist', 'data', 'index.js');
  try {
    return require(dist);
  } catch (error) {
    console.error(`cannot load ${dist} (${error.message}); build first with: npx tsc -b`);
    process.exit(1);
  }
}

function run(selectedMode) {
  const { generateDataset, generateDatasetChunks } = loadGenerator();
  const counts = {};
  const started = process.hrtime.bigint();
  let dataset;
  if (selectedMode === 'full') {
    dataset = generateDataset(name, 1);
    for (const [object, rows] of Object.entries(dataset.records)) counts[object] = rows.length;
  } else {
    for (const chunk of generateDatasetChunks(name, 1)) {
      for (const [object, rows] of Object.entries(chunk)) counts[object] = (counts[object] ?? 0) + rows.length;
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peakRssMiB = process.resourceUsage().maxRSS / 1024;
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const activities = (counts.Task ?? 0) + (counts.Event ?? 0);
  console.log(`dataset ${name}, mode ${selectedMode}: ${seconds.toFixed(2)} s, peak RSS ${peakRssMiB.toFixed(0)} MiB`);
  console.log(`  ${total} records, ${activities} activities (tasks + events)`);
  for (const [object, n] of Object.entries(counts)) console.log(`  ${object.padEnd(24)} ${n}`);
  if (dataset) dataset.records = {};
}

if (mode === 'full' || mode === 'stream') {
  run(mode);
} else {
  for (const each of ['stream', 'full']) {
    const child = spawnSync(process.execPath, [__filename, name, each], { stdio: 'inherit' });
    if (child.status !== 0) process.exit(child.status ?? 1);
  }
}
