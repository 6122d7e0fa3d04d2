// Runs before first paint so a chosen theme never flashes the other one.
try {
  var t = localStorage.getItem('imago:theme');
  if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch (e) {}
