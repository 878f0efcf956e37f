// The search page: Pagefind's own UI, started with the query of the header's search form (?q=…).
const container = document.querySelector('#search');
const bundle = container.dataset.bundle;
await import(`${bundle}pagefind-ui.js`);
const ui = new window.PagefindUI({
  element: '#search',
  bundlePath: bundle,
  showImages: false,
  showSubResults: false,
  resetStyles: false,
  openFilters: ['type'],
  translations: { placeholder: 'Search claims, people, events' },
});

// Pagefind's input has only a placeholder; give it a name screen readers announce.
const label = () => {
  const input = container.querySelector('.pagefind-ui__search-input');
  if (!input) return false;
  input.setAttribute('aria-label', 'Search claims, people, organisations, places, events and sources');
  return true;
};
if (!label()) new MutationObserver((_, observer) => label() && observer.disconnect()).observe(container, { childList: true, subtree: true });

const query = new URLSearchParams(window.location.search).get('q');
if (query) ui.triggerSearch(query);
