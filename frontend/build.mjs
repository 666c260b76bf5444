// Builds the draft editor's bundle from the npm packages in package-lock.json and our sources in src/:
//   cd frontend && npm ci && npm run build
// and commit what it writes to src/main/resources/static/js/editor/:
//   draft-editor.js   one minified script (an IIFE: no modules, no import map, nothing inline; CSP 'self')
//   LICENSES.txt      the licence of every package inside the bundle, with name and version
//   bundle.json       the same packages and versions, and a SHA-256 of the inputs (src/*, package-lock.json)
// The Maven build never runs Node: it serves the committed files, and BundleTest checks that bundle.json agrees
// with package-lock.json and with the sources, so a change to either without a rebuild fails the tests.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'src', 'main', 'resources', 'static', 'js', 'editor');
mkdirSync(out, { recursive: true });

const result = await esbuild.build({
  absWorkingDir: here,
  entryPoints: ['src/draft-editor.js'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  charset: 'utf8',
  legalComments: 'none',
  metafile: true,
  banner: { js: '/*! 规范库 draft editor: CodeMirror 6 (MIT) and the packages in LICENSES.txt beside this file; built by frontend/build.mjs */' },
  outfile: join(out, 'draft-editor.js')
});

// Which packages went into the bundle, from esbuild's own list of inputs.
const packages = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
  const m = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (!m || packages.has(m[1])) {
    continue;
  }
  const dir = join(here, 'node_modules', m[1]);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const licenceFile = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  if (!licenceFile) {
    throw new Error(`${m[1]} has no licence file: cannot ship it`);
  }
  packages.set(m[1], {
    name: pkg.name,
    version: pkg.version,
    license: pkg.license,
    text: readFileSync(join(dir, licenceFile), 'utf8').trim()
  });
}
const sorted = [...packages.values()].sort((a, b) => a.name.localeCompare(b.name));

writeFileSync(join(out, 'LICENSES.txt'),
  'The draft editor (draft-editor.js) bundles these packages from the npm registry, unchanged, with the\n'
  + '规范库\'s own code from frontend/src/. Their licences follow.\n\n'
  + sorted.map((p) => `${p.name} ${p.version} (${p.license})`).join('\n') + '\n\n'
  + sorted.map((p) => `==== ${p.name} ${p.version} (${p.license})\n\n${p.text}\n`).join('\n'));

writeFileSync(join(out, 'bundle.json'), JSON.stringify({
  script: 'draft-editor.js',
  builtBy: 'frontend/build.mjs',
  inputsSha256: inputsHash(),
  packages: Object.fromEntries(sorted.map((p) => [p.name, { version: p.version, license: p.license }]))
}, null, 2) + '\n');

console.log(`draft-editor.js: ${sorted.length} packages, ${Math.round(result.metafile.outputs[relative(here, join(out, 'draft-editor.js'))]?.bytes / 1024 || 0)} KiB`);

/** SHA-256 over the bundle's inputs, the same way BundleTest computes it: for each file in name order, its path,
 *  a NUL, its bytes, a NUL. */
function inputsHash() {
  const files = ['package-lock.json', ...readdirSync(join(here, 'src')).sort().map((f) => 'src/' + f)];
  const hash = createHash('sha256');
  for (const f of files) {
    if (!existsSync(join(here, f))) {
      continue;
    }
    hash.update(f + '\0');
    hash.update(readFileSync(join(here, f)));
    hash.update('\0');
  }
  return hash.digest('hex');
}
