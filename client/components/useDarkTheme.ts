// The dark theme, for the projector and for a phone lying face down in the room: the page and the
// browser's own bar around it (theme-color), so no bright strip glows at the top of a dark phone.
import { useEffect } from 'react';

/** --bg of each theme (client/styles/tokens.css). */
const THEME_COLOR = { light: '#f6f4ef', dark: '#0b0e13' } as const;

function setTheme(dark: boolean): void {
  document.documentElement.classList.toggle('theme-dark', dark);
  document.querySelector('meta[name="theme-color"]')?.setAttribute('content', dark ? THEME_COLOR.dark : THEME_COLOR.light);
}

export function useDarkTheme(dark: boolean): void {
  useEffect(() => {
    if (!dark) return;
    setTheme(true);
    return () => setTheme(false);
  }, [dark]);
}
