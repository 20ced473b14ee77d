import {defineConfig} from 'astro/config';

// Static output: every page is rendered on the server at build time.
export default defineConfig({});
