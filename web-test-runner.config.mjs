import {existsSync} from 'node:fs';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {visualRegressionPlugin} from '@web/test-runner-visual-regression/plugin';

// The system's Chromium (Debian: apt-get install chromium); CHROME_PATH overrides.
const executablePath =
  process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
  plugins: [
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
        ],
      },
      // Each file gets its own window: Chromium defers <audio> loading in background tabs.
      createPage: ({context}) => context.newPage({type: 'window'}),
    }),
  ],
};
