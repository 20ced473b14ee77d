// Fills each panel of the gallery with every icon of the set, built with DOM calls.
import '../src/index.js';
// icons/icons.json is the set's one list of names (the build generates the icon modules from it).
import listed from '../icons/icons.json';

const iconCatalog = Object.entries(listed as Record<string, {aliases?: string[]}>)
  .filter(([name]) => name !== '$comment')
  .map(([name, {aliases = []}]) => ({name, aliases}));

const make = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: Node[]
) => {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children);
  return el;
};

for (const panel of document.querySelectorAll('.panel')) {
  const list = make('ul', {className: 'grid'});
  for (const {name, aliases} of iconCatalog) {
    const sizes = make('span', {className: 'sizes'});
    for (const px of [16, 24, 48]) {
      const icon = make('news-icon', {name});
      icon.style.fontSize = `${px}px`;
      sizes.append(icon);
    }
    list.append(
      make(
        'li',
        {},
        sizes,
        make('span', {className: 'name', textContent: name}),
        make('span', {className: 'aliases', textContent: aliases.join(', ')}),
      ),
    );
  }
  panel.append(list);
}
