/**
 * The dark-mode toggle. The page follows the system theme until the reader presses the toggle;
 * their choice is then remembered in localStorage (ThemeInit applies it before paint).
 */
const STORAGE_KEY = 'theme';
const root = document.documentElement;
const systemDark = window.matchMedia('(prefers-color-scheme: dark)');

function isDark(): boolean {
  const chosen = root.dataset.theme;
  return chosen ? chosen === 'dark' : systemDark.matches;
}

function syncToggles(): void {
  for (const toggle of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    toggle.setAttribute('aria-pressed', String(isDark()));
  }
}

function choose(theme: 'light' | 'dark'): void {
  root.dataset.theme = theme;
  try {
    localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Private browsing may refuse storage; the choice still applies to this page.
  }
  syncToggles();
}

document.addEventListener('click', (event) => {
  const toggle = (event.target as Element | null)?.closest('[data-theme-toggle]');
  if (toggle) choose(isDark() ? 'light' : 'dark');
});
systemDark.addEventListener('change', syncToggles);
syncToggles();
