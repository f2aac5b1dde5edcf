// The runtime file relay (asset-relay.ts) in a worker of the page's own origin. On the page's
// main thread, every file the lab asked for waited for whatever the page was doing (hydrating,
// loading the editors) before its body could be handed on, and a lab boots exactly while the
// page is busiest. Here the relay has a thread to itself; it has the page's origin (and HTTP
// cache) but no DOM and sends no credentials, as before.
import { serveRuntimeFiles } from './asset-relay';
import type { RelayStart } from './messages';

self.onmessage = ({ data, ports }: MessageEvent<RelayStart>) => {
  if (data?.ormlabRelay === 'serve' && ports[0]) {
    // Cache Storage exists only in secure contexts (https, localhost).
    serveRuntimeFiles(ports[0], data.runtimeBase, self.location.origin, { storage: self.caches });
  }
};
