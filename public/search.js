// The search page: Pagefind's Component UI (its own script, loaded from the bundle), started with the query of
// a search form elsewhere on the site (?q=…); the filters start folded on a phone and open on a wider screen.
const root = document.querySelector('#search');
const bundle = root.dataset.bundle;

// Each result: its title, then what kind of record it is, who said it, the outlet and the date (the fields record
// pages give the index), then the excerpt. Pagefind fills it in: {{ }} is escaped text, {{+ +}} the excerpt with
// the matched words marked. It must be in place before the components start.
const template = document.createElement('script');
template.type = 'text/pagefind-template';
template.textContent = `<li class="pf-result"><div class="pf-result-card"><div class="pf-result-content">
  <p class="pf-result-title"><a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a></p>
  <p class="result-facts">{{#if meta.kind}}<span>{{ meta.kind }}</span>{{/if}}{{#if meta.speaker}}<span class="result-speaker">{{ meta.speaker }}</span>{{/if}}{{#if meta.outlet}}<span>{{ meta.outlet }}</span>{{/if}}{{#if meta.date}}<span>{{ meta.date }}</span>{{/if}}</p>
  {{#if excerpt}}<p class="result-excerpt">{{+ excerpt +}}</p>{{/if}}
</div></div></li>`;
root.querySelector('pagefind-results').append(template);

await import(`${bundle}pagefind-component-ui.js`);

const filters = root.querySelector('details.search-filters');
const wide = window.matchMedia('(min-width: 48rem)');
const fit = () => {
  filters.open = wide.matches;
};
fit();
wide.addEventListener('change', fit);

const query = new URLSearchParams(window.location.search).get('q');
if (query) {
  const input = root.querySelector('pagefind-input input');
  if (input) input.value = query;
  window.PagefindComponents.getInstanceManager().getInstance('default').triggerSearch(query);
}
