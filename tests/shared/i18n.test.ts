import {expect, fixture, html} from '@open-wc/testing';
import {LitElement, html as litHtml} from 'lit';
import {
  LocaleController,
  addTranslation,
  resolveLang,
  setStrings,
  translator,
} from '../../src/shared/i18n.js';

const t = translator({hello: 'Hello', count: '{n} items', onlyEnglish: 'Only English'});
addTranslation('ru', {hello: 'Привет', count: '{n} элементов'});
addTranslation('ar', {hello: 'مرحبا'});

class LocaleProbe extends LitElement {
  locale = new LocaleController(this);
  renders = 0;
  protected override render() {
    this.renders++;
    return litHtml`<span>${t(this.locale.lang, 'hello')}</span>`;
  }
}
customElements.define('locale-probe', LocaleProbe);

describe('language and direction', () => {
  afterEach(() => {
    document.documentElement.removeAttribute('lang');
    document.documentElement.removeAttribute('dir');
  });

  it('takes the element’s own lang first, then the closest ancestor’s, then the document’s', async () => {
    document.documentElement.lang = 'de';
    const tree = await fixture(
      html`<section lang="fr">
        <p><b id="inner"></b><i id="own" lang="es"></i></p>
      </section>`,
    );
    const bare = await fixture(html`<span></span>`);
    expect(resolveLang(tree.querySelector('#own')!)).to.equal('es');
    expect(resolveLang(tree.querySelector('#inner')!)).to.equal('fr');
    expect(resolveLang(bare)).to.equal('de');
    document.documentElement.removeAttribute('lang');
    expect(resolveLang(bare)).to.equal('en');
  });

  it('looks through shadow roots to the host’s ancestors', async () => {
    const host = await fixture(html`<div lang="ru"><div id="host"></div></div>`);
    const root = host.querySelector('#host')!.attachShadow({mode: 'open'});
    const inner = document.createElement('span');
    root.append(inner);
    expect(resolveLang(inner)).to.equal('ru');
  });

  it('translates with fallback to the base language and then to English, filling placeholders', () => {
    expect(t('ru', 'hello')).to.equal('Привет');
    expect(t('ru-RU', 'hello')).to.equal('Привет');
    expect(t('ru', 'onlyEnglish')).to.equal('Only English');
    expect(t('pt-BR', 'hello')).to.equal('Hello');
    expect(t('ru', 'count', {n: 5})).to.equal('5 элементов');
    expect(t('en', 'count')).to.equal('{n} items');
    // Any case, spaces, `_`; an empty or unknown tag is English; a missing key is the key.
    expect(t(' RU_ru ', 'hello')).to.equal('Привет');
    expect(t('', 'hello')).to.equal('Hello');
    expect(t('en-GB', 'onlyEnglish')).to.equal('Only English');
    expect(t('ru', 'missing' as never)).to.equal('missing');
  });

  it('lets a site’s own strings win over a translation, whichever comes first', () => {
    setStrings('fr', {hello: 'Salut'});
    addTranslation('fr', {hello: 'Bonjour'});
    expect(t('fr', 'hello')).to.equal('Salut');
  });

  it('lets a site override any string, and elements re-render in it', async () => {
    const el = await fixture<LocaleProbe>(html`<locale-probe lang="es"></locale-probe>`);
    expect(el.shadowRoot!.textContent).to.equal('Hello');
    setStrings('es', {hello: 'Hola'});
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('Hola');
    expect(t('es-MX', 'hello')).to.equal('Hola');
  });

  it('re-renders an element when an ancestor’s lang changes', async () => {
    const wrapper = await fixture(html`<div lang="en"><locale-probe></locale-probe></div>`);
    const el = wrapper.querySelector<LocaleProbe>('locale-probe')!;
    await el.updateComplete;
    expect(el.locale.lang).to.equal('en');
    wrapper.setAttribute('lang', 'ar');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(el.locale.lang).to.equal('ar');
    expect(el.shadowRoot!.textContent).to.equal('مرحبا');
  });
});
