import {expect} from '@open-wc/testing';

interface Result {
  checks?: Record<string, unknown>;
  violations: string[];
  error?: string;
}

/** Loads the CSP page in an iframe and waits for its report. */
function runStrictPage(): Promise<{result: Result; policy: string | null}> {
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
    frame.src = '/tests/hardening/csp/page.html';
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
      styled: '999px',
      bookmarked: 'true',
      menuItems: 8,
      playing: true,
      progressDrawn: true,
      feedEpisode: 'Missile defense: <b>what</b> Moscow waits for',
      feedChapters: 3,
      feedDescription: 'waiting',
      transcriptCues: 4,
      iconShapes: 1,
      iconSize: [16, 16],
    });
  });
});
