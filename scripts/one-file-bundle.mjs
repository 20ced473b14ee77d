// A Vite (rolldown) plugin for the one-tag bundle: rolldown puts what the entry and its on-demand
// code share into a chunk of its own ("core") and leaves the entry as a file of re-exports. This
// folds the core back into the entry, so a page loads one file up front, and points the
// on-demand chunks at it.
const CORE = 'newsroom-elements.core.js';

const escape = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `a as b, c` → Map { b → a, c → c } */
function exportsOf(list) {
  return new Map(
    list
      .split(',')
      .map((item) => item.trim().split(/\s+as\s+/))
      .filter(([local]) => local)
      .map(([local, exported = local]) => [exported, local]),
  );
}

export function oneFileBundlePlugin(entryName, coreName = CORE) {
  const core = escape(coreName);
  return {
    name: 'one-file-bundle',
    generateBundle(_, bundle) {
      const entry = bundle[entryName];
      const coreChunk = bundle[coreName];
      if (!entry || !coreChunk) return;
      const facade = new RegExp(`^export\\s*\\{([^}]*)\\}\\s*from\\s*"\\./${core}";?$`).exec(
        entry.code.trim(),
      );
      const tail = /export\s*\{([^}]*)\}\s*;?\s*$/.exec(coreChunk.code);
      if (!facade || !tail) throw new Error('one-file-bundle: unexpected chunk shapes');
      const coreExports = exportsOf(tail[1]);
      const publicExports = [...exportsOf(facade[1])].map(
        ([name, fromCore]) => `${coreExports.get(fromCore)} as ${name}`,
      );
      // Of the core's own exports, keep those the on-demand chunks use: what they import, and
      // what they read from a dynamic import of it (`import("./core").then(e=>e.u)`); if such an
      // import takes another shape, all of them.
      const others = Object.values(bundle).filter(
        (c) => c.type === 'chunk' && c !== entry && c !== coreChunk,
      );
      const used = new Set();
      let all = false;
      for (const {code} of others) {
        for (const [, list] of code.matchAll(
          new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*"\\./${core}"`, 'g'),
        )) {
          for (const name of exportsOf(list).values()) used.add(name);
        }
        const dynamic = [
          ...code.matchAll(new RegExp(`import\\(\\s*[\`"']\\./${core}[\`"']\\s*\\)`, 'g')),
        ].length;
        const read = [
          ...code.matchAll(
            new RegExp(
              `import\\(\\s*[\`"']\\./${core}[\`"']\\s*\\)\\.then\\(\\(?(\\w+)\\)?=>\\1\\.(\\w+)\\)`,
              'g',
            ),
          ),
        ];
        for (const [, , name] of read) used.add(name);
        if (read.length !== dynamic) all = true;
      }
      const kept = [...coreExports]
        .filter(([exported]) => all || used.has(exported))
        .map(([exported, local]) => `${local} as ${exported}`);
      entry.code = `${coreChunk.code.slice(0, tail.index)}export{${[...kept, ...publicExports].join(',')}};\n`;
      delete bundle[coreName];
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk !== entry) {
          chunk.code = chunk.code.replaceAll(`./${coreName}`, `./${entryName}`);
        }
      }
    },
  };
}

/**
 * Finds what the entry imports statically, directly or through other modules: what a page loads
 * up front. `upFront(id)` answers for one module once the build has read them all (the chunks are
 * made after that), so the code a module reaches only through `import()` stays out of the file,
 * whichever folder it is in.
 */
export function staticGraph() {
  const reached = new Set();
  return {
    upFront: (id) => reached.has(id),
    plugin: {
      name: 'static-graph',
      buildEnd() {
        const queue = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
        for (const id of queue) {
          if (reached.has(id)) continue;
          reached.add(id);
          queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
      },
    },
  };
}
