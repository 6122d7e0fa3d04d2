// `npm run bench:build`: how the build scales with the course. For 100, 400 and 1,600 synthetic
// lessons (on top of the real ones), a copy of the project in .bench-build/ is built cold with
// Astro and then indexed with Pagefind, and the script prints seconds, peak memory and index
// bytes per size, plus the cost per added lesson (target: about linear, <= 15 ms per lesson).
// Env: BENCH_SIZES (comma-separated, default 100,400,1600).
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve('.');
const BENCH = join(ROOT, '.bench-build');
const SIZES = (process.env.BENCH_SIZES ?? '100,400,1600').split(',').map(Number);
const BIN = join(ROOT, 'node_modules', '.bin');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const env = {
  ...process.env,
  PATH: `${BIN}:${process.env.PATH}`,
  ASTRO_TELEMETRY_DISABLED: '1',
};

/** A fresh copy of the project sources in .bench-build/, sharing node_modules. */
function prepare() {
  rmSync(BENCH, { recursive: true, force: true });
  mkdirSync(BENCH);
  for (const name of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, name), join(BENCH, name), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(BENCH, 'node_modules'), 'dir');
}

/** The real lessons, as [frontmatter, body] pairs, to build realistic synthetic ones from. */
function realLessons() {
  const dir = join(ROOT, 'src', 'content', 'lessons');
  const out = [];
  for (const mod of readdirSync(dir)) {
    for (const file of readdirSync(join(dir, mod))) {
      const text = readFileSync(join(dir, mod, file), 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (m) out.push({ front: m[1], body: m[2] });
    }
  }
  return out;
}

/** Writes `n` synthetic lessons into a "bench" module, each a real lesson with its own words. */
function generate(n) {
  const lessons = realLessons();
  const words = [...new Set(lessons.flatMap((l) => l.body.toLowerCase().match(/[a-z]{4,}/g) ?? []))];
  const dir = join(BENCH, 'src', 'content', 'lessons', 'bench');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const modulesFile = join(BENCH, 'src', 'content', 'modules.json');
  const modules = JSON.parse(readFileSync(join(ROOT, 'src', 'content', 'modules.json'), 'utf8'));
  modules.push({
    id: 'bench',
    order: modules.length + 1,
    title: 'Synthetic lessons',
    description: 'Generated lessons for measuring how the build scales.',
  });
  writeFileSync(modulesFile, JSON.stringify(modules, null, 2));
  let seed = 1;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 1; i <= n; i++) {
    const base = lessons[(i - 1) % lessons.length];
    const id = `bench-lesson-${i}`;
    const front = base.front
      .replace(/^title: .*$/m, `title: Synthetic lesson ${i}`)
      .replace(/^module: .*$/m, 'module: bench')
      .replace(/^order: .*$/m, `order: ${i}`);
    // A paragraph of words drawn from the course, so every page adds its own text to the index.
    const extra = Array.from({ length: 120 }, () => words[Math.floor(rand() * words.length)]).join(' ');
    writeFileSync(
      join(dir, `${id}.mdx`),
      `---\n${front}\n---\n${base.body}\n\n## Notes for lesson ${i}\n\nThese notes use ${extra}.\n`,
    );
  }
}

/** Runs a command in .bench-build/, returning wall seconds and peak resident memory in MB. */
function run(cmd, args) {
  const started = process.hrtime.bigint();
  const result = TIME
    ? spawnSync(TIME, ['-f', '__TIME__ %e %M %U %S', cmd, ...args], { cwd: BENCH, env, encoding: 'utf8' })
    : spawnSync(cmd, args, { cwd: BENCH, env, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`${cmd} ${args.join(' ')} failed`);
  }
  const m = /__TIME__ [\d.]+ (\d+) ([\d.]+) ([\d.]+)/.exec(result.stderr ?? '');
  return {
    seconds,
    // CPU seconds (user + system) are steadier than wall time when other work shares the machine.
    cpu: m ? Number(m[2]) + Number(m[3]) : NaN,
    peakMB: m ? Number(m[1]) / 1024 : NaN,
    output: result.stdout,
  };
}

function dirBytes(dir) {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    total += s.isDirectory() ? dirBytes(p) : s.size;
  }
  return total;
}

console.log(
  `bench:build on ${cpus().length} cores (load average ${loadavg()[0].toFixed(1)}); sizes ${SIZES.join(', ')}`,
);
prepare();
const rows = [];
for (const n of SIZES) {
  generate(n);
  rmSync(join(BENCH, 'dist'), { recursive: true, force: true });
  rmSync(join(BENCH, '.astro'), { recursive: true, force: true });
  const astro = run(join(BIN, 'astro'), ['build', '--silent']);
  const pagefind = run(join(BIN, 'pagefind'), ['--site', 'dist']);
  const pages = /Indexed (\d+) pages/.exec(pagefind.output)?.[1] ?? '?';
  const row = {
    lessons: n,
    pages,
    astro: astro.seconds,
    pagefind: pagefind.seconds,
    total: astro.seconds + pagefind.seconds,
    cpu: astro.cpu + pagefind.cpu,
    peakMB: Math.max(astro.peakMB, pagefind.peakMB),
    astroMB: astro.peakMB,
    pagefindMB: pagefind.peakMB,
    indexKB: dirBytes(join(BENCH, 'dist', 'pagefind')) / 1024,
  };
  rows.push(row);
  console.log(`${n} lessons: ${row.total.toFixed(1)} s`);
}

const header = [
  'synthetic lessons',
  'pages indexed',
  'astro build',
  'pagefind',
  'total',
  'CPU time',
  'peak RSS astro',
  'peak RSS pagefind',
  'index size',
];
const table = [
  header,
  ...rows.map((r) => [
    r.lessons,
    r.pages,
    `${r.astro.toFixed(1)} s`,
    `${r.pagefind.toFixed(1)} s`,
    `${r.total.toFixed(1)} s`,
    Number.isNaN(r.cpu) ? 'n/a' : `${r.cpu.toFixed(1)} s`,
    Number.isNaN(r.astroMB) ? 'n/a' : `${Math.round(r.astroMB)} MB`,
    Number.isNaN(r.pagefindMB) ? 'n/a' : `${Math.round(r.pagefindMB)} MB`,
    `${(r.indexKB / 1024).toFixed(2)} MB`,
  ]),
];
const widths = header.map((_, i) => Math.max(...table.map((r) => String(r[i]).length)));
console.log('');
for (const [i, r] of table.entries()) {
  console.log(r.map((c, j) => String(c).padStart(widths[j])).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
if (rows.length > 1) {
  const perLesson = (/** @type {'total' | 'cpu'} */ key, a, b) => ((b[key] - a[key]) / (b.lessons - a.lessons)) * 1000;
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1], rows[i]];
    console.log(
      `${a.lessons} -> ${b.lessons}: ${perLesson('total', a, b).toFixed(1)} ms wall, ` +
        `${perLesson('cpu', a, b).toFixed(1)} ms CPU per added lesson`,
    );
  }
  const [first, last] = [rows[0], rows[rows.length - 1]];
  const wall = perLesson('total', first, last);
  console.log(
    `\nCost per added lesson (${first.lessons} -> ${last.lessons}): ${wall.toFixed(1)} ms wall (target <= 15 ms)`,
  );
  const [load] = loadavg();
  if (load > cpus().length) {
    console.log(
      `Load average ${load.toFixed(1)} on ${cpus().length} cores: other work shared the machine, so wall times are high.`,
    );
  }
  if (!TIME) console.log('(Peak memory and CPU time need /usr/bin/time: apt-get install time.)');
  if (wall > 15) process.exitCode = 1;
}
if (!process.env.BENCH_KEEP) rmSync(BENCH, { recursive: true, force: true });
