// The demo article page: every element, and a language switch that relabels the page.
import '../src/index.js';

const switcher = document.querySelector('.language')!;
switcher.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-lang]');
  if (!button) return;
  const lang = button.dataset.lang!;
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  for (const other of switcher.querySelectorAll('button')) {
    other.setAttribute('aria-pressed', String(other === button));
  }
});
