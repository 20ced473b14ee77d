// A web-test-runner plugin that serves React and ReactDOM (CommonJS packages) to the browser as
// ES modules, bundled once with esbuild from node_modules, so the React tests import 'react' and
// 'react-dom/client' as an app would. One shared chunk holds React, so both use the same copy.
import {execFileSync} from 'node:child_process';
import process from 'node:process';
import {build} from 'esbuild';

/** Bare module names the browser asks for, and the served module for each. */
const served = {
  react: 'react.js',
  'react-dom': 'react-dom.js',
  'react-dom/client': 'react-dom-client.js',
  'react/jsx-runtime': 'react-jsx-runtime.js',
};

const PREFIX = '/__vendor/';

/** An ES module that re-exports every named export of the CommonJS module `name`. */
function entry(name) {
  // Read in a child process: React's development build must not run inside the test runner.
  const script = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(name)}))))`;
  const names = JSON.parse(
    execFileSync(process.execPath, ['-e', script], {encoding: 'utf8'}),
  ).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && n !== 'default');
  return `import m from '${name}';\nexport default m;\nexport const {${names.join(', ')}} = m;\n`;
}

let bundle;
async function files() {
  bundle ??= (async () => {
    const entries = Object.entries(served);
    const result = await build({
      entryPoints: entries.map(([name, file]) => ({
        in: `vendor:${name}`,
        out: file.replace(/\.js$/, ''),
      })),
      plugins: [
        {
          name: 'vendor-entries',
          setup(b) {
            b.onResolve({filter: /^vendor:/}, (args) => ({
              path: args.path.slice(7),
              namespace: 'vendor',
            }));
            b.onLoad({filter: /.*/, namespace: 'vendor'}, (args) => ({
              contents: entry(args.path),
              resolveDir: process.cwd(),
            }));
          },
        },
      ],
      bundle: true,
      splitting: true,
      format: 'esm',
      outdir: '/vendor',
      write: false,
      minify: false,
      define: {'process.env.NODE_ENV': '"development"'},
      logLevel: 'silent',
    });
    return new Map(result.outputFiles.map((f) => [f.path.replace('/vendor/', ''), f.text]));
  })();
  return bundle;
}

export function vendorPlugin() {
  return {
    name: 'newsroom-vendor',
    resolveImport({source}) {
      if (source in served) return PREFIX + served[source];
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return;
      const file = (await files()).get(context.path.slice(PREFIX.length));
      if (file !== undefined) return {body: file, type: 'js'};
    },
  };
}
