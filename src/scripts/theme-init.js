// Runs before first paint so a chosen theme never flashes the other one. BaseLayout inlines it
// as it is (no imports, no bundling) into every page, so keep it tiny.
try {
  const theme = window.localStorage.getItem('imago:theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // Storage blocked: the device theme applies.
}
