// Live theme controls: each control names the custom property it sets on the preview.
import '../src/index.js';

const form = document.querySelector<HTMLFormElement>('.controls')!;
const preview = document.querySelector<HTMLElement>('.preview')!;
const code = document.querySelector('#css')!;

function apply(): void {
  const lines: string[] = [];
  for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
    '[name^="--"]',
  )) {
    const value = control.value + (control.dataset.unit ?? '');
    preview.style.setProperty(control.name, value);
    lines.push(`  ${control.name}: ${value};`);
  }
  code.textContent = `.my-site {\n${lines.join('\n')}\n}`;
}

form.addEventListener('input', apply);
form.addEventListener('reset', () => setTimeout(apply));
apply();
