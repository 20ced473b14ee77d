// A web-test-runner command that cuts the test page's network to some URLs and restores it,
// through the Chrome DevTools Protocol (as a reader whose connection to the audio host drops).
// Only matching URLs are cut: offline mode would cut the test runner's own connection too.
//   import {executeServerCommand} from '@web/test-runner-commands';
//   await executeServerCommand('cut-network', {urls: ['*/__podcast/*']}); // [] restores
export function networkPlugin() {
  const sessions = new Map();
  return {
    name: 'cut-network',
    async executeCommand({command, payload, session}) {
      if (command !== 'cut-network') return undefined;
      let cdp = sessions.get(session.id);
      if (!cdp) {
        cdp = await session.browser.getPage(session.id).createCDPSession();
        await cdp.send('Network.enable');
        sessions.set(session.id, cdp);
      }
      await cdp.send('Network.setBlockedURLs', {urls: payload?.urls ?? []});
      return true;
    },
  };
}
