import {fileURLToPath} from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

/** @type {import('next').NextConfig} */
export default {
  // This app is its own root (the repository around it has a lockfile of its own).
  outputFileTracingRoot: here,
  turbopack: {root: here},
};
