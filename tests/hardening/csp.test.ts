import {expect} from '@open-wc/testing';

interface Result {
  checks?: Record<string, unknown>;
  violations: string[];
  errors: string[];
  error?: string;
}

/**
 * Loads the CSP page (or another page of tests/hardening/csp/) in an iframe, allowing the Trusted
 * Types policies `tt`, and waits for its report.
 */
function runStrictPage(
  tt?: string,
  page = 'page.html',
): Promise<{result: Result; policy: string | null}> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    const timer = setTimeout(() => reject(new Error('the CSP page never reported')), 8000);
    addEventListener('message', async function onMessage(event: MessageEvent) {
      if (event.data?.type !== 'csp-result') return;
      removeEventListener('message', onMessage);
      clearTimeout(timer);
      const response = await fetch(frame.src);
      frame.remove();
      resolve({result: event.data, policy: response.headers.get('content-security-policy')});
    });
    frame.src = `/tests/hardening/csp/${page}${tt ? `?tt=${encodeURIComponent(tt)}` : ''}`;
    document.body.append(frame);
  });
}

describe('strict content security policy and Trusted Types', () => {
  it('shows every element working with zero policy violations', async () => {
    const {result, policy} = await runStrictPage();
    expect(policy).to.contain("require-trusted-types-for 'script'");
    // The exact list of policies docs/hardening.md gives.
    expect(policy).to.contain(
      '; trusted-types lit-html newsroom-elements-parse newsroom-elements-json-ld',
    );
    expect(policy).to.contain("script-src 'self'");
    expect(result.error).to.equal(undefined);
    expect(result.violations).to.deep.equal([]);
    expect(result.checks).to.deep.equal({
      headline: 'Strict page',
      jsonLd: 'Strict page',
      styled: true,
      bookmarked: 'true',
      menuItems: 8,
      playing: true,
      progressDrawn: true,
      feedEpisode: 'Missile defense: <b>what</b> Moscow waits for',
      feedChapters: 3,
      feedDescription: 'waiting',
      transcriptCues: 4,
      ownTranscript: '0:01 Reporter Overlapping: the foreign minister <script> said so.',
      iconShapes: 1,
      iconSize: [16, 16],
    });
    expect(result.errors).to.deep.equal([]);
  });

  for (const missing of ['newsroom-elements-parse', 'newsroom-elements-json-ld']) {
    it(`without ${missing}, only what needs it fails, and the console names it once`, async () => {
      const list = 'lit-html newsroom-elements-parse newsroom-elements-json-ld'.replace(
        missing,
        '',
      );
      const {result} = await runStrictPage(list);
      expect(result.error).to.equal(undefined);
      const named = result.errors.filter((e) => e.includes(missing));
      expect(named).to.deep.equal([
        `newsroom-elements: add ${missing} to the page's trusted-types directive (and load this library once).`,
      ]);
      const {checks} = result;
      // Everything else works as with the whole list.
      expect(checks).to.include({
        headline: 'Strict page',
        bookmarked: 'true',
        menuItems: 8,
        playing: true,
        // A transcript of its own still reads, its references decoded.
        ownTranscript: '0:01 Reporter Overlapping: the foreign minister <script> said so.',
      });
      if (missing === 'newsroom-elements-json-ld') {
        expect(checks!.jsonLd, 'no JSON-LD').to.equal(undefined);
        expect(checks!.feedEpisode).to.equal('Missile defense: <b>what</b> Moscow waits for');
      } else {
        expect(checks!.jsonLd).to.equal('Strict page');
        expect(checks!.feedEpisode, 'no feed').to.equal('');
      }
    });
  }

  for (const list of ["'none'", 'newsroom-elements-parse newsroom-elements-json-ld']) {
    it(`with trusted-types ${list}, no element can draw, and the error names lit-html`, async () => {
      const {result} = await runStrictPage(list);
      expect(result.error).to.match(/lit-html/);
    });
  }

  it("draws <news-icon> and its whole set with trusted-types 'none': it needs no policy", async () => {
    const {result, policy} = await runStrictPage("'none'", 'icons.html');
    expect(policy).to.contain("require-trusted-types-for 'script'; trusted-types 'none'");
    expect(result.error).to.equal(undefined);
    expect(result.violations).to.deep.equal([]);
    expect(result.errors).to.deep.equal([]);
    expect(result.checks).to.deep.equal({
      shapes: [1, 1, 3],
      label: 'Play',
      mirrored: 'matrix(-1, 0, 0, 1, 0, 0)',
      size: [16, 16],
      litLoaded: false,
    });
  });
});
