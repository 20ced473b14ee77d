import {existsSync} from 'node:fs';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {visualRegressionPlugin} from '@web/test-runner-visual-regression/plugin';
import {podcastAudio} from './tests/podcast/audio-server.mjs';
import {hostileFiles} from './tests/podcast/file-server.mjs';
import {strictCspMiddleware} from './tests/hardening/csp/policy.mjs';
import {vendorPlugin} from './tests/vendor/plugin.mjs';
import {networkPlugin} from './tests/hardening/network-plugin.mjs';
import {embedPage} from './tests/embed/embed-server.mjs';

// The system's Chromium (Debian: apt-get install chromium); CHROME_PATH overrides.
const executablePath =
  process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  // Generated audio for the <podcast-player> tests (and a count of its requests), and the
  // strict CSP page of the hardening suite, and the embed page with its policy reported.
  middleware: [podcastAudio, hostileFiles, strictCspMiddleware, embedPage],
  concurrency: 1,
  // Tests run on Lit's development build, for its warnings; its notice that it is one is noise.
  filterBrowserLogs: ({args}) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: {config: {timeout: 10000}},
  // tests/readable-failures.ts first: a failed assertion on a DOM node is reported, not hung on.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><body><script type="module" src="/tests/readable-failures.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  plugins: [
    // React and ReactDOM (CommonJS) as ES modules, for the React wrapper tests.
    vendorPlugin(),
    // Cuts and restores the page's network (the media-fault tests).
    networkPlugin(),
    esbuildPlugin({ts: true, target: 'es2022', tsconfig: 'tsconfig.json'}),
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: 'tests/screenshots',
      failureThreshold: 2,
      failureThresholdType: 'percent',
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--autoplay-policy=no-user-gesture-required',
          '--font-render-hinting=none',
          // For the long-session test: a real heap figure after a forced garbage collection.
          '--js-flags=--expose-gc',
          '--enable-precise-memory-info',
        ],
      },
      // Each file gets its own window: Chromium defers <audio> loading in background tabs.
      createPage: ({context}) => context.newPage({type: 'window'}),
    }),
  ],
};
