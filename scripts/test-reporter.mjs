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
      yield `✖ ${data.name}\n${inspect(data.details.error, {depth: 4})}\n`;
    }
    if (type === 'test:stdout' || type === 'test:stderr') yield data.message;
  }
  yield `${[...files].join(', ') || 'node --test'}: ${passed} passed, ${failed} failed\n`;
}
