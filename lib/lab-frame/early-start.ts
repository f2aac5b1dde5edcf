// The first steps of a lab, taken by an inline script in a lesson page's HTML before React runs.
// A page's JavaScript takes a few hundred milliseconds to load and hydrate, and only then did the
// lab ask for the runtime manifest and create its sandboxed frame, whose document needs a new
// renderer process. The script asks and creates at once, while the page's scripts load; the
// page's code (lab-context.tsx, sandboxed-worker.ts) takes what it started, or, after a
// client-side navigation, where no script ran, starts both itself as before.
//
// No credentials are involved: the manifest is a public static file, and the frame is the same
// sandboxed, opaque-origin document (docs/security.md) the page would create later.

/** What the inline script leaves on `window` for the page's code to take, each thing once. */
interface EarlyStart {
  /** The runtime build folder from the manifest (asked for at once, `cache: 'no-store'`): a
   *  URL path ending in `/`, null while the answer is awaited, false if it failed. */
  runtimeBase: string | null | false;
  /** Settles once `runtimeBase` is known or has failed. */
  manifest: Promise<void>;
  /** The sandboxed lab frame, already loading. */
  frame: HTMLIFrameElement | null;
  /** Whether that frame's document has said it is ready (it says so once). */
  frameReady: boolean;
}

declare global {
  interface Window {
    __ormlabEarlyStart?: EarlyStart;
  }
}

export const LAB_FRAME_URL = '/lab-frame';
/** Where the runtime manifest lives: the folder `fetchRuntimeBase` reads by default. */
const RUNTIME_ORIGIN = '/runtime/';

/** Attributes of the hidden lab frame: `allow-scripts` only, so its origin is opaque. */
export const LAB_FRAME_ATTRIBUTES = {
  sandbox: 'allow-scripts',
  'aria-hidden': 'true',
  tabindex: '-1',
  title: 'Lab engine (hidden)',
  style: 'position:absolute;width:0;height:0;border:0;visibility:hidden',
} as const;

/** The inline script (plain ES5-style JavaScript: it runs before any bundle, as written). */
export const LAB_EARLY_START_SCRIPT = `(function(){try{
if(window.__ormlabEarlyStart)return;
var o=${JSON.stringify(RUNTIME_ORIGIN)};var s={runtimeBase:null,frame:null,frameReady:false};window.__ormlabEarlyStart=s;
s.manifest=fetch(o+'manifest.json',{cache:'no-store'}).then(function(r){return r.ok?r.json():null}).then(function(m){s.runtimeBase=m&&typeof m.dir==='string'&&/^[0-9A-Za-z_-]+$/.test(m.dir)?o+m.dir+'/':false},function(){s.runtimeBase=false});
var f=document.createElement('iframe');var a=${JSON.stringify(LAB_FRAME_ATTRIBUTES)};
for(var k in a)f.setAttribute(k,a[k]);
addEventListener('message',function(e){if(e.source&&e.source===f.contentWindow&&e.data&&e.data.ormlabFrame==='ready')s.frameReady=true;});
f.src=${JSON.stringify(LAB_FRAME_URL)};document.body.appendChild(f);s.frame=f;
}catch(e){}})();`;

function early(): EarlyStart | undefined {
  return typeof window === 'undefined' ? undefined : window.__ormlabEarlyStart;
}

/**
 * The runtime build folder the inline script read from the manifest: the string at once if its
 * answer is in (the lab can then start in the same task, before the rest of the page's start-up
 * work), a promise of it if not, null where there is no script or it failed (fetch it then).
 */
export function earlyRuntimeBase(): string | Promise<string | null> | null {
  const state = early();
  if (!state || state.runtimeBase === false) return null;
  if (state.runtimeBase) return state.runtimeBase;
  return state.manifest.then(() => state.runtimeBase || null);
}

/** The frame the inline script created, once, if it is still in the document. */
export function takeEarlyFrame(frameUrl: string): { frame: HTMLIFrameElement; ready: boolean } | null {
  const state = early();
  const frame = state?.frame ?? null;
  if (!state || !frame) return null;
  state.frame = null;
  if (!frame.isConnected || frame.getAttribute('src') !== frameUrl) {
    frame.remove();
    return null;
  }
  return { frame, ready: state.frameReady };
}
