// `node bench/cpuProfileSummary.mjs <file.cpuprofile> [rows] [under]`: where a V8 CPU profile's time went.
// Self time by package (node_modules package, src/<dir>, node: module or V8 category) and by function,
// then inclusive time by function; with `under` (a regex on "function url"), inclusive time of what
// runs beneath the frames it matches (e.g. '^respond src/models/offline'). The profile samples wall
// time on the main thread: on a loaded machine, syscalls that wake another process (socket writes)
// look more expensive than the CPU they use.
import { readFileSync } from 'node:fs';

const [file, rowsArg = '40', under] = process.argv.slice(2);
if (!file) throw new Error('usage: node bench/cpuProfileSummary.mjs <file.cpuprofile> [rows] [under]');
const rows = Number(rowsArg);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
const time = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  time.set(id, (time.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
}
const total = [...time.values()].reduce((a, b) => a + b, 0);

const name = (n) =>
  `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url
    .replace(/^.*node_modules\//, 'nm:')
    .replace(/^file:\/\/\/.*?\/(src|templates|bench|test)\//, '$1/')}:${n.callFrame.lineNumber + 1}`;
const packageOf = (n) => {
  const url = n.callFrame.url;
  if (!url) return n.callFrame.functionName.startsWith('(') ? n.callFrame.functionName : '(native)';
  const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  if (url.startsWith('wasm:')) return 'WebAssembly';
  const dir = /\/((src|templates)\/[^/]+)/.exec(url);
  return dir ? dir[1] : url;
};
const add = (map, key, t) => map.set(key, (map.get(key) ?? 0) + t);

const selfByPackage = new Map();
const selfByFunction = new Map();
const inclusive = new Map();
const beneath = new Map();
let beneathTotal = 0;
const underRe = under ? new RegExp(under) : null;
for (const [id, t] of time) {
  const node = byId.get(id);
  add(selfByPackage, packageOf(node), t);
  add(selfByFunction, name(node), t);
  const chain = [];
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) chain.push(name(byId.get(cur)));
  for (const key of new Set(chain)) add(inclusive, key, t);
  const at = underRe ? chain.findIndex((key) => underRe.test(key)) : -1;
  if (at >= 0) {
    beneathTotal += t;
    for (const key of new Set(chain.slice(0, at))) add(beneath, key, t);
  }
}

const show = (title, map, n) => {
  console.log(`\n== ${title} (of ${(total / 1000).toFixed(0)} ms sampled)`);
  for (const [key, t] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n))
    console.log(
      `${((100 * t) / total).toFixed(1).padStart(5)}%  ${(t / 1000).toFixed(0).padStart(6)} ms  ${key}`,
    );
};
show('self time by package', selfByPackage, 30);
show('self time by function', selfByFunction, rows);
show('inclusive time by function', inclusive, rows);
if (underRe) show(`beneath /${under}/ (${((100 * beneathTotal) / total).toFixed(1)}% in all)`, beneath, rows);
