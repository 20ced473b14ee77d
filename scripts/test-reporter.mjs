// A reporter for `node --test` that keeps `npm test` short: each failure in full, what the tests
// print, and one closing line per run ("tests/pack/pack.test.mjs: 7 passed, 0 failed").
//
//   node --test --test-reporter=./scripts/test-reporter.mjs FILE
import {relative} from 'node:path';
import {inspect} from 'node:util';

export default async function* compactReporter(source) {
  let passed = 0;
  let failed = 0;
  const files = new Set();
  for await (const {type, data} of source) {
    if (data?.file) files.add(relative(process.cwd(), data.file));
    const leaf = data?.details?.type !== 'suite';
    if (type === 'test:pass' && leaf) passed++;
    if (type === 'test:fail' && leaf) {
      failed++;
      // The failure itself (what an assertion or a command said), not the runner's wrapping.
      const error = data.details.error?.cause ?? data.details.error;
      yield `✖ ${data.name}\n${error?.stack ?? inspect(error)}\n`;
    }
    if (type === 'test:stdout' || type === 'test:stderr') yield data.message;
  }
  yield `${[...files].join(', ') || 'node --test'}: ${passed} passed, ${failed} failed\n`;
}
