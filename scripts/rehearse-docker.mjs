// Rehearses the Dockerfile without a Docker engine (none runs on this project's machines): it reads the
// Dockerfile, plays each stage in its own folder on this machine (Node 24, like the node:24 base image) —
// COPY from the build context (honouring .dockerignore) or from an earlier stage, RUN with the stage's ENV
// and WORKDIR — then runs the image's ENTRYPOINT: `--help`, `analyze -` on an example plan, and the default
// CMD without configuration, which must fail with the one-line config errors. It proves the file lists,
// commands and production-only dependencies are right; it does not prove the base image or USER/EXPOSE.
//   node scripts/rehearse-docker.mjs [--keep]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DockerfileParser } from 'dockerfile-ast';
import ignore from 'ignore';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const keep = process.argv.includes('--keep');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'contact-plan-image-'));
const dockerignore = ignore().add(fs.readFileSync(path.join(root, '.dockerignore'), 'utf8'));

const say = (line) => process.stdout.write(`${line}\n`);
function fail(message) {
  process.stderr.write(`rehearse-docker: ${message}\n`);
  process.exit(1);
}

/** Copies `source` (file or folder) to `target`, leaving out what `skip(relativePath)` names. */
function copyInto(source, target, skip, relative = '') {
  const stat = fs.statSync(source);
  if (stat.isDirectory()) {
    fs.mkdirSync(target, { recursive: true });
    for (const name of fs.readdirSync(source)) {
      const rel = relative ? `${relative}/${name}` : name;
      const isDir = fs.statSync(path.join(source, name)).isDirectory();
      if (skip(isDir ? `${rel}/` : rel)) continue;
      copyInto(path.join(source, name), path.join(target, name), skip, rel);
    }
  } else {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(source, target);
  }
}

function run(command, args, options) {
  const out = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (out.error) fail(`${command}: ${out.error.message}`);
  return out;
}

const dockerfile = DockerfileParser.parse(fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8'));
const stages = new Map();
let stage;
let entrypoint = [];
let cmd = [];
for (const instruction of dockerfile.getInstructions()) {
  const keyword = instruction.getKeyword();
  const args = instruction.getArguments().map((a) => a.getValue());
  const inImage = (p) => path.join(stage.dir, p.startsWith('/') ? p : path.join(stage.workdir, p));
  switch (keyword) {
    case 'FROM': {
      const name = instruction.getBuildStage() ?? `stage${stages.size}`;
      stage = { name, image: instruction.getImage(), dir: path.join(work, name), workdir: '/', env: {} };
      fs.mkdirSync(stage.dir, { recursive: true });
      stages.set(name, stage);
      say(`FROM ${stage.image} AS ${name}  (played in ${stage.dir})`);
      break;
    }
    case 'WORKDIR':
      stage.workdir = path.posix.resolve(stage.workdir, args[0]);
      fs.mkdirSync(inImage('.'), { recursive: true });
      break;
    case 'ENV':
      for (const p of instruction.getProperties()) stage.env[p.getName()] = p.getValue() ?? '';
      break;
    case 'COPY': {
      const from = instruction.getFromFlag()?.getValue();
      const paths = args.filter((a) => !a.startsWith('--'));
      const dest = paths.pop();
      const origin = from ? stages.get(from)?.dir : root;
      if (!origin) fail(`COPY --from=${from}: no such stage`);
      for (const src of paths) {
        const source = path.join(origin, src);
        if (!fs.existsSync(source)) fail(`COPY ${src}: not found in ${from ? `stage ${from}` : 'the build context'}`);
        const target = dest.endsWith('/') ? path.join(inImage(dest), path.basename(src)) : inImage(dest);
        const skip = from ? () => false : (rel) => dockerignore.ignores(path.posix.join(src, rel));
        copyInto(source, target, skip);
      }
      say(`COPY ${from ? `--from=${from} ` : ''}${paths.join(' ')} → ${dest}`);
      break;
    }
    case 'RUN': {
      const script = instruction.getArgumentsContent();
      say(`RUN ${script}`);
      const out = run('sh', ['-c', script], {
        cwd: inImage('.'),
        // A cache of the rehearsal's own: the image's `npm cache clean` must not empty this machine's.
        env: { ...process.env, ...stage.env, npm_config_cache: path.join(work, 'npm-cache') },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      if (out.status !== 0) fail(`RUN failed with exit ${out.status}: ${script}`);
      break;
    }
    case 'ENTRYPOINT':
      entrypoint = instruction.getJSONStrings().map((s) => s.getJSONValue());
      break;
    case 'CMD':
      cmd = instruction.getJSONStrings().map((s) => s.getJSONValue());
      break;
    default:
      say(`${keyword} ${args.join(' ')}  (not played)`);
  }
}

// The image: the last stage, run as its ENTRYPOINT with a clean environment (no host variables but PATH).
const image = stage;
const [program, ...base] = entrypoint;
const runImage = (extra, input) =>
  run(program, [...base, ...extra], {
    cwd: path.join(image.dir, image.workdir),
    env: { PATH: process.env.PATH, ...image.env },
    input,
  });

const checks = [];
const check = (name, ok, detail) => {
  checks.push(ok);
  say(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok ? '' : `\n${detail}`}`);
};

const help = runImage(['--help']);
check(
  '--help lists the commands',
  help.status === 0 && /worker/.test(help.stdout) && /sync/.test(help.stdout),
  help.stdout + help.stderr,
);

const example = fs.readFileSync(path.join(root, 'examples', 'healthy-account.json'), 'utf8');
const analyzed = runImage(['analyze', '-'], example);
let score;
try {
  score = JSON.parse(analyzed.stdout).score;
} catch {
  score = undefined;
}
check(
  `analyze - prints the analysis (score ${score})`,
  analyzed.status === 0 && typeof score === 'number',
  analyzed.stderr,
);

const bare = runImage(cmd);
check(
  `${cmd.join(' ')} without configuration exits 2 naming the missing settings`,
  bare.status === 2 && /org/i.test(bare.stderr),
  `exit ${bare.status}\n${bare.stderr}`,
);

const du = run('du', ['-sm', path.join(image.dir, image.workdir)], {});
say(`image /app: ${du.stdout.split('\t')[0]} MiB (node_modules and dist)`);
if (!keep) fs.rmSync(work, { recursive: true, force: true });
if (checks.some((ok) => !ok)) process.exit(1);
say('the Dockerfile rehearsal passed');
