// The theme's storage key and the script that applies it before the page paints. Not a client
// module, so the root layout (a server component) can inline the script as a string.
export const STORAGE_KEY = 'ormlab-theme';
export const DARK_QUERY = '(prefers-color-scheme: dark)';

/** Sets `.dark` on <html> from the stored choice or the system's, before React loads: without
 *  it a dark page flashes light. */
export const THEME_INIT_SCRIPT = `try{var t=localStorage.getItem('${STORAGE_KEY}');var d=t==='dark'||(t!=='light'&&matchMedia('${DARK_QUERY}').matches);document.documentElement.classList.toggle('dark',d);document.documentElement.style.colorScheme=d?'dark':'light'}catch(e){}`;
