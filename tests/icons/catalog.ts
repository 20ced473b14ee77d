// Every icon of the set as icons/icons.json lists it (the set's one source of names): its
// canonical name, the seed sprite's names for it, and whether it mirrors in right-to-left.

interface Listed {
  aliases?: string[];
  mirror?: boolean;
}

const listed = (await (await fetch('/icons/icons.json')).json()) as Record<string, Listed>;

export const iconCatalog = Object.entries(listed)
  .filter(([name]) => name !== '$comment')
  .map(([name, {aliases = [], mirror = false}]) => ({name, aliases, mirror}));
