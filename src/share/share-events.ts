import type {ShareTarget} from './share-targets.js';

/** The reader asked to share. Cancelable: `preventDefault()` stops the share sheet or menu. */
export class ShareRequestEvent extends Event {
  static readonly type = 'share-request';
  constructor(
    readonly url: string,
    readonly title: string,
    readonly text: string,
  ) {
    super(ShareRequestEvent.type, {bubbles: true, composed: true, cancelable: true});
  }
}

/** The story was shared (or its link copied): `shareTarget` says where (`native` for the system share sheet). */
export class ShareCompleteEvent extends Event {
  // A getter, not a field: a field compiles to a static block, which bundlers must keep (a side
  // effect), so every page paid for this class though only the on-demand share code uses it.
  static get type(): 'share-complete' {
    return 'share-complete';
  }
  constructor(
    readonly shareTarget: ShareTarget | 'native',
    readonly url: string,
  ) {
    super(ShareCompleteEvent.type, {bubbles: true, composed: true});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'share-request': ShareRequestEvent;
    'share-complete': ShareCompleteEvent;
  }
}
